package dk.loeft.enrolment.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notices ({@code loeft.enrolment.notification.*}): how many days before a course
 * day its reminder goes out, when the daily reminder run starts (cron, Danish time), the sender
 * address of the e-mails, and the address of Løft that e-mails link to. The SMTP server itself is
 * Spring's {@code spring.mail.*}; without {@code spring.mail.host} e-mails are written to the log.
 */
@Validated
@ConfigurationProperties("loeft.enrolment.notification")
public record NotificationProperties(
        @DefaultValue("2") @Min(0) @Max(30) int reminderDaysBefore,
        @DefaultValue("0 0 6 * * *") @NotBlank String reminderCron,
        @DefaultValue("loeft@localhost") @NotBlank @Email String from,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl) {}
