package dk.loeft.enrolment.completion.web;

import dk.loeft.platform.NotFoundException;
import java.util.UUID;

/** Ids in paths: anything that is not a UUID is simply not found. */
final class WebIds {

    private WebIds() {}

    static UUID parse(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
