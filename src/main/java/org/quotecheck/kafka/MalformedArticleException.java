package org.quotecheck.kafka;

/**
 * Why a Kafka message is not an article; its message becomes the {@code dead-letter-reason}
 * header of the copy on the dead-letter topic.
 */
public class MalformedArticleException extends RuntimeException {

    public MalformedArticleException(String reason) {
        super(reason, null, false, false);
    }
}
