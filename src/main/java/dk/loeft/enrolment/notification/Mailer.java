package dk.loeft.enrolment.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text e-mail through the configured SMTP server ({@code spring.mail.*}). Without one
 * (the default local run) the e-mail is written to the log instead, so nothing leaves the machine.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    Mailer(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    Delivery send(String to, String subject, String body) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP server configured (spring.mail.host); e-mail to {} not sent: {}\n{}", to, subject, body);
            return Delivery.LOGGED;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
            return Delivery.SENT;
        } catch (MailException e) {
            log.warn("E-mail to {} failed: {}", to, e.getMessage());
            return Delivery.FAILED;
        }
    }
}
