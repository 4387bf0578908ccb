package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.util.Set;
import org.apphostftp.config.effective.AccessType;
import org.apphostftp.config.effective.CentralLogFileMode;
import org.apphostftp.config.effective.CertValidationFlag;
import org.apphostftp.config.effective.ClientCertificatePolicy;
import org.apphostftp.config.effective.ControlChannelPolicy;
import org.apphostftp.config.effective.DataChannelPolicy;
import org.apphostftp.config.effective.LogField;
import org.apphostftp.config.effective.LogPeriod;
import org.apphostftp.config.effective.LogonMethod;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.SelectiveLogging;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.config.effective.UserIsolationMode;

/** JAXB needs one adapter class per enum type; each delegates to {@link Adapters}. */
public final class IisEnumAdapters {

    private IisEnumAdapters() {
    }

    /** {@code AccessType} values. */
    public static final class AccessTypeAdapter extends XmlAdapter<String, AccessType> {
        @Override
        public AccessType unmarshal(String text) {
            return Adapters.enumOf(AccessType.class, text);
        }

        @Override
        public String marshal(AccessType value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code CentralLogFileMode} values. */
    public static final class CentralLogFileModeAdapter extends XmlAdapter<String, CentralLogFileMode> {
        @Override
        public CentralLogFileMode unmarshal(String text) {
            return Adapters.enumOf(CentralLogFileMode.class, text);
        }

        @Override
        public String marshal(CentralLogFileMode value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code CertValidationFlag} flags. */
    public static final class CertValidationFlagFlagsAdapter extends XmlAdapter<String, Set<CertValidationFlag>> {
        @Override
        public Set<CertValidationFlag> unmarshal(String text) {
            return Adapters.flagsOf(CertValidationFlag.class, text);
        }

        @Override
        public String marshal(Set<CertValidationFlag> value) {
            return Adapters.flagsText(value);
        }
    }

    /** {@code ClientCertificatePolicy} values. */
    public static final class ClientCertificatePolicyAdapter extends XmlAdapter<String, ClientCertificatePolicy> {
        @Override
        public ClientCertificatePolicy unmarshal(String text) {
            return Adapters.enumOf(ClientCertificatePolicy.class, text);
        }

        @Override
        public String marshal(ClientCertificatePolicy value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code ControlChannelPolicy} values. */
    public static final class ControlChannelPolicyAdapter extends XmlAdapter<String, ControlChannelPolicy> {
        @Override
        public ControlChannelPolicy unmarshal(String text) {
            return Adapters.enumOf(ControlChannelPolicy.class, text);
        }

        @Override
        public String marshal(ControlChannelPolicy value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code DataChannelPolicy} values. */
    public static final class DataChannelPolicyAdapter extends XmlAdapter<String, DataChannelPolicy> {
        @Override
        public DataChannelPolicy unmarshal(String text) {
            return Adapters.enumOf(DataChannelPolicy.class, text);
        }

        @Override
        public String marshal(DataChannelPolicy value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code LogField} flags. */
    public static final class LogFieldFlagsAdapter extends XmlAdapter<String, Set<LogField>> {
        @Override
        public Set<LogField> unmarshal(String text) {
            return Adapters.flagsOf(LogField.class, text);
        }

        @Override
        public String marshal(Set<LogField> value) {
            return Adapters.flagsText(value);
        }
    }

    /** {@code LogPeriod} values. */
    public static final class LogPeriodAdapter extends XmlAdapter<String, LogPeriod> {
        @Override
        public LogPeriod unmarshal(String text) {
            return Adapters.enumOf(LogPeriod.class, text);
        }

        @Override
        public String marshal(LogPeriod value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code LogonMethod} values. */
    public static final class LogonMethodAdapter extends XmlAdapter<String, LogonMethod> {
        @Override
        public LogonMethod unmarshal(String text) {
            return Adapters.enumOf(LogonMethod.class, text);
        }

        @Override
        public String marshal(LogonMethod value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code Permission} flags. */
    public static final class PermissionFlagsAdapter extends XmlAdapter<String, Set<Permission>> {
        @Override
        public Set<Permission> unmarshal(String text) {
            return Adapters.flagsOf(Permission.class, text);
        }

        @Override
        public String marshal(Set<Permission> value) {
            return Adapters.flagsText(value);
        }
    }

    /** {@code SelectiveLogging} flags. */
    public static final class SelectiveLoggingFlagsAdapter extends XmlAdapter<String, Set<SelectiveLogging>> {
        @Override
        public Set<SelectiveLogging> unmarshal(String text) {
            return Adapters.flagsOf(SelectiveLogging.class, text);
        }

        @Override
        public String marshal(Set<SelectiveLogging> value) {
            return Adapters.flagsText(value);
        }
    }

    /** {@code ShowFlag} flags. */
    public static final class ShowFlagFlagsAdapter extends XmlAdapter<String, Set<ShowFlag>> {
        @Override
        public Set<ShowFlag> unmarshal(String text) {
            return Adapters.flagsOf(ShowFlag.class, text);
        }

        @Override
        public String marshal(Set<ShowFlag> value) {
            return Adapters.flagsText(value);
        }
    }

    /** {@code SiteState} values. */
    public static final class SiteStateAdapter extends XmlAdapter<String, SiteState> {
        @Override
        public SiteState unmarshal(String text) {
            return Adapters.enumOf(SiteState.class, text);
        }

        @Override
        public String marshal(SiteState value) {
            return Adapters.enumText(value);
        }
    }

    /** {@code UserIsolationMode} values. */
    public static final class UserIsolationModeAdapter extends XmlAdapter<String, UserIsolationMode> {
        @Override
        public UserIsolationMode unmarshal(String text) {
            return Adapters.enumOf(UserIsolationMode.class, text);
        }

        @Override
        public String marshal(UserIsolationMode value) {
            return Adapters.enumText(value);
        }
    }
}
