package nl.tafelwerk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.tafelwerk.shared.BoundedInput;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import dialogs' upload: Dutch (or English) texts instead of the component's built-in English
 * "Upload File…" and "Drop file(s) here", and a handler that counts bytes while reading and stops at
 * the limit, so an oversized body is never buffered in full.
 */
public final class Uploads {

    /** What the dialog does with a file that arrived within the limit; runs inside {@code UI.access}. */
    @FunctionalInterface
    public interface Received extends Serializable {
        void accept(String fileName, byte[] content);
    }

    /** What the dialog shows when a file is refused; runs inside {@code UI.access}. */
    @FunctionalInterface
    public interface Refused extends Serializable {
        void accept(String message);
    }

    private Uploads() {
    }

    /** A one-file upload with translated texts, reading at most {@code maxBytes}. */
    public static Upload singleFile(Component owner, long maxBytes, Received received, Refused refused) {
        Upload upload = new Upload(limitedHandler(owner, maxBytes, received, refused));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setI18n(texts(owner));
        return upload;
    }

    /** Reads the body with {@link BoundedInput}; a larger body is refused with {@code upload.tooLarge}. */
    static UploadHandler limitedHandler(Component owner, long maxBytes, Received received, Refused refused) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                String fileName = event.getFileName();
                // the callbacks run as the user who uploaded, whichever thread runs UI.access
                SecurityContext security = SecurityContextHolder.getContext();
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    content = BoundedInput.readAtMost(in, maxBytes);
                } catch (BoundedInput.TooLargeException e) {
                    String message = owner.getTranslation("upload.tooLarge", maxBytes / (1024 * 1024));
                    event.reject(message);
                    ui.access(() -> as(security, () -> refused.accept(message)));
                    return;
                }
                ui.access(() -> as(security, () -> received.accept(fileName, content)));
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            /**
             * A refused file is answered 413 instead of Vaadin's 422, so the component's own line under the
             * file says "too large" (its text for 413) and not "you may not upload this file" (any other 4xx).
             */
            @Override
            public void responseHandled(UploadResult result) {
                if (result.exception() == null && result.allRejected()) {
                    result.response().setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
                    return;
                }
                UploadHandler.super.responseHandled(result);
            }
        };
    }

    private static void as(SecurityContext security, Runnable action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The component's texts in the user's language. */
    public static UploadI18N texts(Component owner) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop.one"))
                .setMany(owner.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add.one"))
                .setMany(owner.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("upload.error.tooManyFiles"))
                .setFileIsTooBig(owner.getTranslation("upload.error.fileIsTooBig"))
                .setIncorrectFileType(owner.getTranslation("upload.error.incorrectFileType")));
        i18n.setFile(new UploadI18N.File().setRetry(owner.getTranslation("upload.file.retry"))
                .setStart(owner.getTranslation("upload.file.start")).setRemove(owner.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("upload.status.connecting"))
                        .setStalled(owner.getTranslation("upload.status.stalled"))
                        .setProcessing(owner.getTranslation("upload.status.processing"))
                        .setHeld(owner.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.remaining.prefix"))
                        .setUnknown(owner.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(owner.getTranslation("upload.error.unexpected"))
                        .setForbidden(owner.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(owner.getTranslation("upload.error.fileIsTooBig"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
