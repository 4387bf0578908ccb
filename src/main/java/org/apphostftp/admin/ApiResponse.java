package org.apphostftp.admin;

import java.util.Optional;

/** What a request is answered with: a status and, unless it is 204, a body. */
record ApiResponse(int status, Optional<Body> body) {

    static ApiResponse ok(Body body) {
        return new ApiResponse(200, Optional.of(body));
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, Optional.empty());
    }
}
