package dvk.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The pages' texts, Vietnamese and English, in {@code i18n/messages_*.properties}; Thymeleaf reads them. */
@Factory
class Messages {

    @Singleton
    MessageSource webMessages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
