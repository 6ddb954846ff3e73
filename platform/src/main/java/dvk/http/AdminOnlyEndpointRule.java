package dvk.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Metrics and other sensitive management endpoints are for the system administrator only. */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class AdminOnlyEndpointRule extends SensitiveEndpointRule {

    AdminOnlyEndpointRule(EndpointSensitivityProcessor processor) {
        super(processor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(
            HttpRequest<?> request, Authentication authentication, ExecutableMethod<?, ?> method) {
        return Publishers.just(
                authentication.getRoles().contains("admin") ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }
}
