/**
 * JSON on jackson-core's streaming parser and generator, without jackson-databind (1.7 MB of the runnable jar for a tree
 * model we need only a little of): {@link org.apphostftp.json.JsonTree} writes and reads a tree of plain Java values
 * (maps in order, lists, strings, numbers, booleans, null); {@link org.apphostftp.json.JsonValue} looks things up in a
 * read answer the way a client does, where a missing name is an empty value.
 */
package org.apphostftp.json;
