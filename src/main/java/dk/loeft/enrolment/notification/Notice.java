package dk.loeft.enrolment.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notice (besked) as the person reads it in Løft, with what became of its e-mail. */
public record Notice(
        UUID id,
        NoticeKind kind,
        String subject,
        String body,
        @Nullable String email,
        Delivery delivery,
        Instant createdAt) {}
