package org.quotecheck.attribution.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Part-of-speech tags from Apache OpenNLP's English UD EWT model (Maven Central,
 * {@code org.apache.opennlp:opennlp-models-pos-en}, Apache-2.0), as Universal Dependencies tags.
 *
 * <p>The model is loaded once and shared ({@link #standard()}); it is immutable. OpenNLP's
 * {@link POSTaggerME} keeps per-call state and is not thread-safe, so each call borrows one from a
 * small pool and gives it back: as many taggers exist as calls ran at once, never one per thread
 * of a server's pool (a ThreadLocal would pin one to every worker thread forever).
 *
 * <p>Tagging costs far more than the rule sieve, so callers tag only the tokens a decision needs
 * ({@link #tag(String[], int, int)}, {@link #tag(CharSequence, int, int)}): the sentence around a
 * quotation, not the article.
 */
public final class PosTagger {

    /** The model file inside the model jar (it sits at the jar's root). */
    public static final String MODEL_RESOURCE = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Idle taggers kept for reuse; more concurrent calls just create short-lived extras. */
    private static final int MAX_IDLE = 32;

    private final POSModel model;
    private final String source;
    private final ConcurrentLinkedQueue<POSTaggerME> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private PosTagger(POSModel model, String source) {
        this.model = model;
        this.source = source;
    }

    private static final class Standard {
        static final PosTagger INSTANCE = fromClassPath(MODEL_RESOURCE, PosTagger.class.getClassLoader());
    }

    /** The shipped English model, loaded on first use and shared by every caller. */
    public static PosTagger standard() {
        return Standard.INSTANCE;
    }

    /**
     * Loads a model from the class path; fails with a message naming the missing Maven artifact,
     * never with a tagger that tags nothing.
     */
    public static PosTagger fromClassPath(String resource, ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("part-of-speech model " + resource + " is not on the class path;"
                    + " it comes from the Maven artifact org.apache.opennlp:opennlp-models-pos-en (see pom.xml)");
        }
        try (in) {
            return read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read part-of-speech model " + resource, e);
        }
    }

    /** Reads a model from a stream (closed by the caller). */
    public static PosTagger read(String source, InputStream in) throws IOException {
        POSModel model;
        try {
            model = new POSModel(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("'" + source + "' is not a valid OpenNLP part-of-speech model: " + e.getMessage(), e);
        }
        return new PosTagger(model, source);
    }

    /** UD tags of all tokens (one sentence or phrase). */
    public String[] tag(String[] tokens) {
        return tag(tokens, 0, tokens.length);
    }

    /**
     * UD tags of {@code tokens[from, to)} only; the tagger sees that range as its whole context,
     * so pass a sentence (or a clause), not a fragment of a word group.
     */
    public String[] tag(String[] tokens, int from, int to) {
        Objects.checkFromToIndex(from, to, tokens.length);
        if (from == to) {
            return new String[0];
        }
        String[] range = from == 0 && to == tokens.length ? tokens : Arrays.copyOfRange(tokens, from, to);
        POSTaggerME tagger = borrow();
        try {
            return tagger.tag(range);
        } finally {
            giveBack(tagger);
        }
    }

    /**
     * Tokenises {@code text[start, end)} (OpenNLP's simple tokenizer: runs of letters, of digits,
     * single punctuation marks) and tags the tokens; offsets are into {@code text}.
     */
    public List<TaggedToken> tag(CharSequence text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        String range = text.subSequence(start, end).toString();
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(range);
        String[] tokens = Span.spansToStrings(spans, range);
        String[] tags = tag(tokens);
        List<TaggedToken> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            out.add(new TaggedToken(tokens[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i]));
        }
        return out;
    }

    /** Where the model came from (resource name or file), for messages. */
    public String source() {
        return source;
    }

    private POSTaggerME borrow() {
        POSTaggerME t = idle.poll();
        if (t == null) {
            // the model's own tag set is UD (PROPN, VERB, ...), so no tag-format mapping is asked for
            return new POSTaggerME(model);
        }
        idleCount.decrementAndGet();
        return t;
    }

    private void giveBack(POSTaggerME t) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offer(t);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
