package dk.loeft.dataimport;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the import page ({@code loeft.dataimport.*}): up to which file size a file is checked
 * while the user waits (larger ones in the background, with progress), up to how many rows a
 * confirmed file is written while the user waits, how many import jobs run at once, and how long a
 * checked file waits for confirmation.
 */
@Validated
@ConfigurationProperties("loeft.dataimport")
public record DataImportProperties(
        @DefaultValue("262144") @Positive int synchronousMaxBytes,
        @DefaultValue("2000") @Positive int synchronousMaxRows,
        @DefaultValue("2") @Positive int backgroundThreads,
        @DefaultValue("2h") Duration pendingTimeout) {}
