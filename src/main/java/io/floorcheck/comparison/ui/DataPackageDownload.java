package io.floorcheck.comparison.ui;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.comparison.ComparisonService;
import io.floorcheck.comparison.DataPackage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /evaluations/{id}/data.zip}: the data package as a plain download, so the link on
 * the evaluation page is an ordinary anchor and the file can be fetched again by anyone allowed.
 * A member the blind rule does not yet let read every candidate's scores gets 403 and the reason.
 */
@RestController
class DataPackageDownload {

    /** Where the evaluation page links to, with the evaluation's id in place of {id}. */
    static final String PATH = "/evaluations/{id}/data.zip";

    private final ComparisonService comparisons;

    DataPackageDownload(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> download(@PathVariable long id) {
        DataPackage.File file;
        try {
            file = comparisons.dataPackage(id);
        } catch (RuleViolation refused) {
            boolean blind = refused.messageKey().equals("comparison.error.blind");
            return ResponseEntity.status(blind ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(message(refused).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }

    /** The refusal in the app's words (its message bundle; no UI is open to translate it). */
    private static String message(RuleViolation refused) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);
        return bundle.containsKey(refused.messageKey())
                ? new MessageFormat(bundle.getString(refused.messageKey()), Locale.ENGLISH).format(refused.arguments())
                : refused.messageKey();
    }
}
