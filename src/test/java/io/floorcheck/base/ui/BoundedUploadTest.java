package io.floorcheck.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class BoundedUploadTest {

    /** A stream that counts what was taken from it, to prove reading stops at the limit. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? (int) (served++ % 128) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            served += n;
            return n;
        }
    }

    @Test
    void aFileWithinTheLimitIsReadWhole() throws IOException {
        byte[] file = "section_code,section_title\n".getBytes();

        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(file), file.length)).contains(file);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
        CountingStream huge = new CountingStream(500L * 1024 * 1024);

        assertThat(BoundedUpload.readAtMost(huge, 2 * 1024 * 1024)).isEmpty();
        assertThat(huge.served).as("stops a buffer past the limit").isLessThan(2 * 1024 * 1024 + 16 * 1024);
    }
}
