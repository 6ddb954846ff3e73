package dvk.packs;

import dvk.reports.PackRenderer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** One renderer for the service: it compiles its templates once and is shared by all pack jobs. */
@Factory
class RendererFactory {

    @Singleton
    PackRenderer packRenderer() {
        return new PackRenderer();
    }
}
