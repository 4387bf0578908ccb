/**
 * The farm: several nodes serving one shared applicationHost.config, seen and driven as one. Membership, failure
 * detection, request/response messaging and encryption are JGroups' (embedded); this package only says what the
 * nodes ask each other (sessions of a site, Terminate, Start/Stop, status, failed logins). Sessions stay on the node
 * that holds them: a listing asks the other nodes at that moment. Nothing here is loaded on a single node.
 */
package org.apphostftp.farm;
