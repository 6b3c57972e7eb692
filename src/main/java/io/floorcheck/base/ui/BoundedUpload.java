package io.floorcheck.base.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * A one-file upload that counts bytes on the server as they arrive and stops at a limit: the
 * component's own size limit is checked only in the browser, and Vaadin accepts any size on
 * the server. The whole file is handed over on the UI thread only when it is within the limit.
 */
public class BoundedUpload extends Upload {

    private final int maxBytes;

    public BoundedUpload(int maxBytes, String accept, SerializableConsumer<byte[]> onFile,
            SerializableConsumer<String> onRefused) {
        this.maxBytes = maxBytes;
        setMaxFiles(1);
        setMaxFileSize(maxBytes);
        setAcceptedFileTypes(accept);
        setDropLabel(new Span(""));
        setUploadHandler(handler(onFile, onRefused));
        // The handler answers from the upload's own request, outside the UI's: push carries it.
        LivePush.whileAttached(this);
        addFileRejectedListener(event -> onRefused.accept(getTranslation("upload.tooLarge", maxBytes / (1024 * 1024))));
    }

    private UploadHandler handler(SerializableConsumer<byte[]> onFile, SerializableConsumer<String> onRefused) {
        return (UploadEvent event) -> {
            UI ui = event.getUI();
            Optional<byte[]> bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = readAtMost(in, maxBytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading an upload failed", e);
            }
            if (bytes.isEmpty()) {
                String message = ui.getTranslation("upload.tooLarge", maxBytes / (1024 * 1024));
                event.reject(message);
                ui.access(() -> onRefused.accept(message));
            } else {
                byte[] file = bytes.get();
                ui.access(() -> {
                    clearFileList();
                    onFile.accept(file);
                });
            }
        };
    }

    /** The stream's bytes, or empty as soon as there are more than {@code limit}: nothing more is read. */
    public static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }
}
