package org.apphostftp.appcmd;

import java.util.List;
import java.util.Locale;

/** Which listed objects a {@code list} command shows: its identifier, then every {@code /attribute:value} filter. */
final class Lists {

    private Lists() {
    }

    /**
     * The objects named by the identifier (positional or {@code /TYPE.NAME:}) and matching each remaining parameter;
     * an identifier that names none is an error, as in appcmd.
     */
    static List<AppcmdObject> select(List<AppcmdObject> all, AppcmdLine line, String identifierParameter, String type) {
        List<AppcmdObject> chosen = all;
        if (line.identifier(identifierParameter).isPresent()) {
            String id = line.identifier(identifierParameter).get();
            chosen = all.stream().filter(o -> o.name().equalsIgnoreCase(id)).toList();
            if (chosen.isEmpty()) {
                throw new AppcmdException("Cannot find " + type + " object with identifier \"" + id + "\".");
            }
        }
        for (Parameter p : line.parametersExcept(identifierParameter)) {
            String wanted = p.value().orElse("").toLowerCase(Locale.ROOT);
            String attribute = p.dottedName();
            chosen = chosen.stream().filter(o -> o.value(attribute).map(v -> v.toLowerCase(Locale.ROOT).equals(wanted))
                    .orElseThrow(() -> new AppcmdException("Unknown attribute \"" + attribute + "\".  Replace with -? for help.")))
                    .toList();
        }
        return chosen;
    }
}
