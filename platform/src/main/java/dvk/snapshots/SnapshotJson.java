package dvk.snapshots;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The JSON of frozen figures keeps every member, empty lists and nulls included: the API leaves them out, and a
 * frozen rollup read back must have its lists, not nulls.
 */
@Factory
class SnapshotJson {

    @Singleton
    @Named("snapshots")
    @Bean(preDestroy = "close")
    ObjectMapper.CloseableObjectMapper snapshotJson() {
        return ObjectMapper.create(Map.of("micronaut.serde.serialization.inclusion", "always"));
    }
}
