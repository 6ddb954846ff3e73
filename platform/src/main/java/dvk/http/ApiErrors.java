package dvk.http;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem answers of the API in the OpenAPI document. {@code @ApiErrors} on a controller class declares
 * those every authenticated route can give; an operation that can also answer 409, 413, 415 or 429 adds the
 * nested annotation. The {@code Problem} schema is written once, in {@code platform/src/main/openapi}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(
        responseCode = "400",
        description = "A parameter or the body could not be read (not a number,"
                + " malformed JSON, missing); `parameter` names it.",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
@ApiResponse(
        responseCode = "401",
        description = "No token, or a token that has expired or was ended by a logout.",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
@ApiResponse(
        responseCode = "404",
        description = "Nothing of that id or code, or nothing the caller may read: DVK"
                + " never answers 403, which would confirm that it exists.",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
@ApiResponse(
        responseCode = "422",
        description = "A value was read but refused; a refused batch lists its row" + " errors in `errors`.",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
@ApiResponse(
        responseCode = "500",
        description = "A failure of the service; its log has the cause, the answer" + " never does.",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
public @interface ApiErrors {

    String PROBLEM = "#/components/schemas/Problem";
    /** The schema format of a download or a file upload. */
    String BINARY = "binary";

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The request contradicts what is stored (a name taken, a campaign's period in use). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(
            responseCode = "409",
            description = "The request contradicts what is stored.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @interface Conflict {}

    /** An upload: its body can be too large or of a media type the route does not read. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(
            responseCode = "413",
            description =
                    "The body is over the size the service accepts; it is refused" + " before being read to the end.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @ApiResponse(
            responseCode = "415",
            description = "The body's Content-Type is not one the operation accepts.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @interface Upload {}
}
