package org.apphostftp.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code -----BEGIN TYPE-----} block of a PEM file (RFC 7468), with the RFC 1421 headers OpenSSL writes into
 * legacy encrypted keys ({@code Proc-Type}, {@code DEK-Info}).
 */
record PemBlock(String type, Map<String, String> headers, byte[] der) {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)-----END \\1-----", Pattern.DOTALL);

    /** Whether {@code content} looks like PEM text rather than binary (DER, PKCS#12). */
    static boolean isPem(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
    }

    /**
     * Every block in {@code content}; text between blocks (OpenSSL's "Bag Attributes", comments) is ignored.
     *
     * @throws IllegalArgumentException when a block's body is not Base64
     */
    static List<PemBlock> parseAll(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<PemBlock> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            Map<String, String> headers = new LinkedHashMap<>();
            StringBuilder body = new StringBuilder();
            for (String line : m.group(2).split("\\r?\\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && body.length() == 0) {
                    headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                } else {
                    body.append(line.strip());
                }
            }
            try {
                blocks.add(new PemBlock(m.group(1), Map.copyOf(headers), Base64.getDecoder().decode(body.toString())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the " + m.group(1) + " block is not valid Base64", e);
            }
        }
        return blocks;
    }

    boolean encryptedLegacy() {
        return headers.getOrDefault("Proc-Type", "").contains("ENCRYPTED");
    }
}
