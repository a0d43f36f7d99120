package org.quotecheck.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Finds, creates and lists speakers. One row per canonical name across all articles. */
@ApplicationScoped
public class SpeakerService {

    /** Longest alias worth keeping; anything longer is a sentence, not a name. */
    private static final int MAX_ALIAS_LENGTH = 200;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you",
            "him", "her", "them", "us", "me", "his", "hers", "their", "its", "who", "one");

    /** A speaker row's public face. */
    public record SpeakerSummary(long id, String name, String role, SpeakerType type, long quotationCount) {
    }

    /** A speaker with every other name the articles used for them. */
    public record SpeakerProfile(long id, String name, String role, SpeakerType type, List<String> aliases,
            long quotationCount) {
    }

    private final EntityManager em;

    SpeakerService(EntityManager em) {
        this.em = em;
    }

    /**
     * The speaker called {@code name} (compared by {@link NameKey}, then among other articles'
     * full-name spellings), created when there is none. {@code role}, when given, becomes the
     * speaker's current role, and {@code type}, when given, its current type (a new speaker without
     * one is {@link SpeakerType#OTHER}). Callers resolving several names in one transaction must do
     * so in ascending {@link NameKey} order, which keeps concurrent ingests from deadlocking.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Speaker findOrCreate(String name, String role, SpeakerType type) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        // Most names are known already: found without a lock, so that concurrent ingests quoting
        // the same people do not queue behind each other until they commit. Only a creation locks.
        Speaker speaker = find(key).orElse(null);
        if (speaker == null) {
            lock(key);
            speaker = find(key).orElse(null);
        }
        if (speaker == null) {
            speaker = new Speaker(name, role, type);
            em.persist(speaker);
        } else {
            if (role != null && !role.equals(speaker.role)) {
                speaker.role = role;
            }
            if (type != null && type != speaker.type) {
                speaker.type = type;
            }
            addAlias(speaker, name);
        }
        return speaker;
    }

    /**
     * Takes, in the order every ingest uses (ascending name key), the creation locks of the names
     * among these that no speaker has yet. A transaction that stores many articles (an import
     * batch) calls it before its first article, so that two of them never wait for each other in
     * a cycle; names already known need no lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockNewNames(java.util.Collection<String> names) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        names.stream().map(NameKey::of).filter(k -> !k.isEmpty()).forEach(keys::add);
        if (keys.isEmpty()) {
            return;
        }
        List<String> known = em.createQuery("select s.nameKey from Speaker s where s.nameKey in :keys", String.class)
                .setParameter("keys", keys).getResultList();
        known.forEach(keys::remove);
        org.quotecheck.support.AdvisoryLocks.lock(em, 2, keys);
    }

    private Optional<Speaker> find(String key) {
        // a list, not a stream: Hibernate scrolls a stream, and PostgreSQL planned each scrolled
        // look-up anew (pg_stat_statements: as many plans as calls, a third of an import's planning)
        return em.createQuery("from Speaker s where s.nameKey = :key", Speaker.class)
                .setParameter("key", key).setMaxResults(1).getResultList().stream().findFirst()
                .or(() -> byFullNameAlias(key));
    }

    /**
     * Remembers another way of naming the speaker. Pronouns and lower-case descriptions ("the
     * minister") name nobody outside their article, so they are not kept. Written straight to the
     * table (an alias already there is left alone) rather than through {@link Speaker#aliases}, which
     * would load every alias of a much-quoted speaker for each article that quotes them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAlias(Speaker speaker, String text) {
        if (text == null) {
            return;
        }
        SpeakerAlias alias = new SpeakerAlias(text);
        if (alias.aliasKey.isEmpty() || alias.aliasKey.equals(speaker.nameKey)
                || alias.alias.length() > MAX_ALIAS_LENGTH
                || PRONOUNS.contains(alias.aliasKey)
                || alias.alias.codePoints().noneMatch(Character::isUpperCase)) {
            return;
        }
        if (em.createNativeQuery("SELECT 1 FROM speaker_alias WHERE speaker_id = :s AND alias_key = :k")
                .setParameter("s", speaker.id).setParameter("k", alias.aliasKey).getResultList().isEmpty()) {
            // another ingest may add the same alias meanwhile: the primary key keeps one
            em.createNativeQuery("INSERT INTO speaker_alias (speaker_id, alias, alias_key) VALUES (:s, :a, :k)"
                    + " ON CONFLICT DO NOTHING").setParameter("s", speaker.id).setParameter("a", alias.alias)
                    .setParameter("k", alias.aliasKey).executeUpdate();
        }
    }

    @Transactional
    public Page<SpeakerSummary> list(PageRequest page) {
        long total = em.createQuery("select count(s) from Speaker s", Long.class).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.name, s.role, s.type, count(q.id) AS n
                FROM speaker s LEFT JOIN quotation q ON q.speaker_id = s.id
                GROUP BY s.id, s.name, s.role, s.type
                ORDER BY n DESC, s.name, s.id
                """).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<SpeakerSummary> items = rows.stream().map(r -> new SpeakerSummary(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], SpeakerType.valueOf((String) r[3]), ((Number) r[4]).longValue())).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public SpeakerProfile profile(long id) {
        Speaker s = em.find(Speaker.class, id);
        if (s == null) {
            throw new NotFoundException("speaker", id);
        }
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM quotation WHERE speaker_id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
        List<String> aliases = s.aliases.stream().map(a -> a.alias).sorted().toList();
        return new SpeakerProfile(s.id, s.name, s.role, s.type, aliases, count);
    }

    private Optional<Speaker> byFullNameAlias(String key) {
        if (!key.contains(" ")) {
            return Optional.empty(); // a lone surname is too ambiguous to join articles on
        }
        return em.createQuery("select s from Speaker s join s.aliases a where a.aliasKey = :key order by s.id",
                Speaker.class).setParameter("key", key).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * Serialises concurrent transactions that create the same speaker (until commit), so that
     * two articles naming a new person at once yield one row rather than a unique-key error.
     */
    private void lock(String key) {
        org.quotecheck.support.AdvisoryLocks.lock(em, 2, new java.util.TreeSet<>(List.of(key)));
    }
}
