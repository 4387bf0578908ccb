package org.apphostftp.appcmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An appcmd command line: {@code VERB OBJECT [IDENTIFIER] /param:value ...}. Verb and object ignore case (and a plural
 * object, {@code sites}); {@code /} and {@code -} both start a parameter. General parameters ({@code /text}, {@code /xml},
 * {@code /commit}, {@code /section}, {@code /?}) are taken out; the rest are the command's own.
 */
record AppcmdLine(String verb, String object, Optional<String> identifier, List<Parameter> parameters, Optional<String> section,
                  Optional<String> text, boolean xml, boolean help) {

    static AppcmdLine parse(List<String> args) {
        List<String> words = new ArrayList<>();
        List<Parameter> params = new ArrayList<>();
        Optional<String> section = Optional.empty();
        Optional<String> text = Optional.empty();
        boolean xml = false;
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("/?") || arg.equals("-?") || arg.equals("/help") || arg.equals("--help")) {
                help = true;
            } else if (!Parameter.isParameter(arg)) {
                words.add(arg);
            } else {
                Parameter p = Parameter.parse(arg);
                if (p.is("section")) {
                    section = Optional.of(p.value().orElseThrow(() -> new AppcmdException("Missing value for /section")));
                } else if (p.is("text")) {
                    text = Optional.of(p.value().orElse(""));
                } else if (p.is("xml")) {
                    xml = true;
                } else if (p.is("commit")) {
                    // accepted: every change commits to applicationHost.config (there is no web.config here)
                    String to = p.value().orElse("").toLowerCase(Locale.ROOT);
                    if (!List.of("", "apphost", "machine/webroot/apphost").contains(to) && !to.startsWith("site")) {
                        throw new AppcmdException("Unsupported commit path \"" + p.value().orElse("") + "\": every change is "
                                + "written to applicationHost.config (/commit:apphost)");
                    }
                } else {
                    params.add(p);
                }
            }
        }
        String verb = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
        String object = words.size() < 2 ? "" : singular(words.get(1).toLowerCase(Locale.ROOT));
        if (words.size() > 3) {
            throw new AppcmdException("Failed to process input: the parameter '" + words.get(3) + "' must begin with a / or -");
        }
        Optional<String> identifier = words.size() == 3 ? Optional.of(words.get(2)) : Optional.empty();
        return new AppcmdLine(verb, object, identifier, List.copyOf(params), section, text, xml, help);
    }

    private static String singular(String object) {
        return object.endsWith("s") && !object.equals("s") ? object.substring(0, object.length() - 1) : object;
    }

    /** The identifier given positionally or as {@code /NAME:value} (site.name, app.name, vdir.name); empty if neither. */
    Optional<String> identifier(String parameterName) {
        if (identifier.isPresent()) {
            return identifier;
        }
        return parameters.stream().filter(p -> p.is(parameterName)).findFirst().flatMap(Parameter::value);
    }

    /** The parameters other than those named (case-insensitive). */
    List<Parameter> parametersExcept(String... names) {
        return parameters.stream().filter(p -> List.of(names).stream().noneMatch(p::is)).toList();
    }

    /** The value of {@code /name:value}, if given. */
    Optional<String> value(String name) {
        return parameters.stream().filter(p -> p.is(name)).findFirst().flatMap(Parameter::value);
    }
}
