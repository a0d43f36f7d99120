package org.quotecheck.attribution.lexicon;

import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;

import java.util.Set;

/** Word lists of the sieve. Lower case. */
public final class Lexicon {
    private Lexicon() {
    }

    /** Duplicates allowed: the lists are edited by hand. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Speech and reporting verbs, in the forms news uses around a quotation. */
    public static final Set<String> SPEECH = set(
            "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
            "stated", "states", "asserted", "asserts", "acknowledged", "acknowledges", "reported", "reports",
            "wrote", "writes", "writing", "tweeted", "tweets", "tweeting", "posted", "posts", "warned", "warns",
            "warning", "insisted", "insists", "insisting", "explained", "explains", "explaining", "argued",
            "argues", "arguing", "noted", "notes", "noting", "claimed", "claims", "claiming", "declared",
            "declares", "declaring", "announced", "announces", "continued", "continues", "asked", "asks",
            "asking", "replied", "replies", "responded", "responds", "answered", "answers", "recalled",
            "recalls", "recalling", "remarked", "observed", "observes", "suggested", "suggests", "conceded",
            "concedes", "admitted", "admits", "agreed", "agrees", "complained", "complains", "joked", "jokes",
            "quipped", "quips", "sighed", "grumbled", "boasted", "boasts", "bragged", "cautioned", "predicted",
            "predicts", "promised", "promises", "vowed", "vows", "pledged", "urged", "urges", "charged",
            "contended", "contends", "maintained", "maintains", "countered", "counters", "shouted", "yelled",
            "screamed", "cried", "exclaimed", "whispered", "muttered", "mused", "concluded", "concludes",
            "emphasized", "emphasizes", "stressed", "stresses", "testified", "alleged", "alleges", "lamented",
            "laments", "proclaimed", "wondered", "wonders", "thundered", "retorted", "fumed", "interjected",
            "chimed", "scoffed", "snapped", "raged", "ranted", "bellowed", "declined", "acknowledging",
            "recounted", "recounts", "reiterated", "reiterates", "disclosed", "revealed", "confirmed",
            "confirms", "denied", "denies", "mocked", "blasted", "slammed", "praised", "chanted", "sang",
            "opined", "speculated", "tells", "explained", "clarified", "pointed", "assured", "reminded",
            "informed", "conceding", "adds", "writes", "remarks", "quoted", "quoting", "announcing",
            "declaring", "stating", "asserting", "predicting", "promising", "vowing", "urging", "demanded",
            "demands", "begged", "pleaded", "implored", "counseled", "advised", "objected", "protested",
            "summarized", "summed", "described", "describes", "describing", "called", "calls", "calling",
            "dubbed", "labeled", "labelled", "termed", "branded", "deemed",
            // rarer verbs of speech and writing that frame quotations in news
            "barked", "snarled", "growled", "hissed", "gushed", "marveled", "marvelled", "riffed", "elaborated",
            "remembered", "cited", "cites", "read", "reads", "thanked", "mocks", "mocking",
            "blamed", "slamming", "blasting", "pressed", "pondered", "imagined", "reveals", "revealing",
            "labeling", "labelling", "accused", "accusing", "accuses", "lashed", "ridiculed", "derided",
            "decried", "decrying", "criticized", "criticizing", "criticised", "condemned", "condemning",
            "questioned", "questioning", "wondering", "acknowledge", "announce", "declare", "insist", "argue",
            "warn", "stating", "posting", "texted", "emailed",
            "messaged", "recalls", "predicting", "touted", "touting", "hailed", "hailing", "dismissed",
            "dismissing", "quipping", "joking", "boasting", "bragging", "complaining", "lamenting", "pledging",
            "pleading", "demanding", "explaining", "asserting", "reiterating", "reaffirmed", "echoed",
            "echoing", "summarizing", "testifying", "shot", "fired", "retorting", "countering", "interrupted",
            "interjecting", "concluding", "stressing", "emphasizing", "underscored", "highlighted", "conceded",
            "offered", "wrote", "scribbled", "jotted", "penned", "tells", "inquired",
            "queried", "pushed", "vowing", "swore", "sworn", "threatened", "threatening",
            "predicted", "forecast", "estimated", "explained", "elaborating", "cautioning", "insisting",
            "referred", "refers", "referring", "cautions", "muses", "retorts", "scoffs", "shouts", "pledges",
            "marvels", "grumbles", "sighs", "yelling", "shouting", "screaming", "chanting", "chants");

    /** Verbs of talking with no quotation of their own: they frame only the quote-only paragraph after them. */
    public static final Set<String> TALK = set("spoke", "speaks", "talked", "talks");

    public static boolean isTalkAt(Doc d, int k) {
        Tok t = d.tok(k);
        return t.isWord() && !t.capitalized() && TALK.contains(t.lower())
                && !(k > 0 && NOUN_MARKERS.contains(d.tok(k - 1).lower()));
    }

    /** Frames that name a quotation rather than report speech: weaker cues. */
    public static final Set<String> NAMING = set("called", "calls", "calling", "dubbed", "labeled", "labelled",
            "termed", "branded", "deemed", "described", "describes", "describing");

    /** Words between a subject and its verb that are not part of the subject. */
    public static final Set<String> AUX = set("has", "had", "have", "having", "was", "is", "were", "are", "be",
            "been", "would", "will", "also", "later", "then", "previously", "once", "recently", "repeatedly",
            "simply", "just", "already", "often", "again", "himself", "herself", "themselves", "itself",
            "myself", "flatly", "even", "never", "not", "n't", "did", "does", "do", "may", "might", "could",
            "should", "can", "must", "reportedly", "still", "first", "further", "earlier", "famously",
            "privately", "publicly", "told", "quoted", "as", "last", "week", "year", "month", "recently",
            "once", "too", "since", "all", "both", "only", "always", "ever", "now", "long", "sometimes",
            "usually", "originally", "first", "initially", "subsequently", "had", "eventually", "apparently",
            "allegedly", "tearfully", "angrily", "bluntly", "candidly", "later", "immediately", "specifically",
            "explicitly", "directly", "than", "less", "more", "nearly", "almost", "separately", "similarly", "likewise", "however", "yet", "nonetheless");

    /** Time phrases that stand between a subject and its verb ("Smith two weeks ago said"). */
    public static final Set<String> TEMPORAL = set("ago", "week", "weeks", "month", "months", "year", "years", "day",
            "days", "night", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight", "weekend", "time", "interview",
            "statement", "speech", "email", "letter", "post", "tweet", "conference", "call", "rally", "event");

    public static final Set<String> PRONOUNS = set("he", "she", "they", "i", "we", "you", "it");

    public static final Set<String> DETERMINERS = set("the", "a", "an", "one", "another", "some", "many",
            "several", "two", "three", "four", "his", "her", "their", "its", "our", "my", "your", "this",
            "that", "these", "those", "other", "most", "few", "no", "every", "each", "both", "former");

    /** Words that start a clause: a subject never extends over them. */
    public static final Set<String> CLAUSE = set("that", "who", "whom", "which", "and", "but", "or", "as", "when",
            "while", "because", "if", "so", "where", "after", "before", "since", "although", "though",
            "whether", "until", "than", "yet", "once", "what", "how", "why", "whose", "said", "says", "nor",
            "also", "then", "however", "meanwhile");

    public static final Set<String> PREPOSITIONS = set("in", "on", "at", "during", "after", "before", "to", "from",
            "with", "about", "for", "by", "into", "over", "under", "through", "via", "against", "amid", "among",
            "without", "within", "like", "of", "ahead", "despite");

    /** Titles and offices: they go to the role, not the name. */
    public static final Set<String> TITLES = set("president", "vice", "senator", "sen.", "sens.", "rep.", "reps.",
            "representative", "congressman", "congresswoman", "gov.", "governor", "mayor", "secretary",
            "minister", "councilor", "councillor", "director", "adviser", "advisor", "chairman", "chairwoman",
            "chair", "ceo", "judge", "justice", "general", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.",
            "admiral", "ambassador", "speaker", "leader", "chief", "attorney", "commissioner", "rev.",
            "reverend", "pastor", "bishop", "pope", "prime", "premier", "chancellor", "king", "queen", "prince",
            "princess", "lord", "sheriff", "officer", "spokesman", "spokeswoman", "spokesperson", "candidate",
            "nominee", "founder", "executive", "manager", "strategist", "professor", "prof.", "dr.", "lt",
            "pres.", "sec.", "supt.", "superintendent", "deputy", "assistant", "acting", "former", "state",
            "foreign", "press", "campaign", "chairperson", "treasurer", "auditor", "comptroller", "clerk",
            "delegate", "lawmaker", "host", "anchor", "editor", "columnist", "correspondent", "economist",
            "analyst", "pollster", "coach", "cardinal", "rabbi", "imam", "sheikh", "ayatollah", "emir",
            "dictator", "consul", "envoy", "legislator", "alderman", "councilman", "councilwoman", "trustee",
            "magistrate", "commander", "marshal", "inspector", "detective", "captain", "major", "colonel",
            "lieutenant", "sergeant", "corporal", "private", "trooper", "agent", "administrator", "head",
            "provost", "dean", "chancellor", "regent", "u.s.", "first", "lady", "house", "senate", "majority",
            "minority", "whip", "republican", "democratic", "gop", "presidential", "hopeful", "mogul",
            "businessman", "billionaire", "businesswoman", "activist", "author", "chaplain", "principal");

    /** Honorifics: dropped from names, not a role. */
    public static final Set<String> HONORIFICS = set("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "sir", "dame",
            "madam", "mx.");

    /** Capitalised words that start sentences or phrases but are no names. */
    public static final Set<String> NOT_NAMES = set("the", "a", "an", "in", "on", "at", "but", "and", "or", "if",
            "when", "while", "as", "after", "before", "this", "that", "these", "those", "it", "he", "she",
            "they", "we", "i", "you", "his", "her", "their", "our", "my", "there", "here", "so", "yet", "still",
            "indeed", "also", "however", "meanwhile", "perhaps", "for", "with", "by", "from", "to", "of",
            "what", "why", "how", "who", "where", "then", "now", "today", "yesterday", "asked", "said",
            "according", "since", "because", "although", "though", "even", "just", "both", "all", "some",
            "many", "most", "one", "no", "not", "do", "does", "did", "is", "was", "are", "were", "be",
            "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr.", "mrs.",
            "ms.", "dr.", "unlike", "like", "instead", "until", "once", "every", "each", "other", "another",
            "last", "next", "first", "during", "among", "despite", "without", "about", "over", "under");

    public static final Set<String> ABBREVIATIONS = set("mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps",
            "gov", "jr", "sr", "st", "gen", "lt", "col", "sgt", "capt", "adm", "rev", "prof", "inc", "co",
            "corp", "ltd", "vs", "etc", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
            "dec", "pres", "sec", "supt", "mt", "ft", "gop", "d", "r", "i", "u.s", "u.k", "u.n", "a.m", "p.m",
            "d.c", "e.g", "i.e", "dept", "gens", "atty", "mssrs", "messrs", "cmdr", "maj", "cpl", "pvt",
            "ave", "blvd", "univ", "assn");

    /** Nouns that name a person or group without naming them: the name stays null. */
    public static final Set<String> SOURCE_NOUNS = set("source", "sources", "official", "officials", "aide",
            "aides", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors",
            "person", "people", "insider", "insiders", "staffer", "staffers", "supporter", "supporters",
            "critic", "critics", "analyst", "analysts", "expert", "experts", "observer", "observers",
            "witness", "witnesses", "resident", "residents", "voter", "voters", "member", "members",
            "statement", "report", "memo", "letter", "campaign", "administration", "department", "agency",
            "committee", "spokespeople", "representative", "representatives", "lawyer", "lawyers",
            "attorney", "attorneys", "employee", "employees", "friend", "friends", "ally", "allies");

    public static final Set<String> DAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "recently", "later", "earlier", "again", "then", "once",
            "last", "this", "previously", "afterward", "afterwards");

    public static char honorificGender(String lower) {
        return switch (lower) {
            case "mr.", "mr", "sir" -> 'm';
            case "mrs.", "mrs", "ms.", "ms", "miss", "dame", "madam" -> 'f';
            default -> 0;
        };
    }

    /** Common English first names whose gender is near certain: enough to agree "she" with a name. */
    private static final Set<String> FEMALE = set("mary", "patricia", "jennifer", "linda", "elizabeth", "barbara",
            "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
            "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie",
            "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "angela", "anna", "brenda", "pamela",
            "nicole", "emma", "helen", "samantha", "katherine", "christine", "debra", "rachel", "catherine",
            "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria",
            "kelly", "christina", "lauren", "joan", "evelyn", "olivia", "judith", "megan", "cheryl", "martha",
            "andrea", "frances", "hannah", "jacqueline", "ann", "gloria", "jean", "kathryn", "alice", "teresa",
            "sara", "janice", "doris", "madison", "julia", "grace", "judy", "abigail", "marie", "denise",
            "beverly", "amber", "theresa", "marilyn", "danielle", "diana", "brittany", "natalie", "sophia",
            "rose", "isabella", "alexis", "kayla", "charlotte", "madeleine",
            "nancy", "ruth", "carly",
            "sarah", "claire", "janet", "debbie", "jill",
            "hope", "katrina", "donna", "angela", "theresa", "ana", "ines", "lena",
            "marta", "petra", "fatima", "amara", "nadia", "rosa", "grace", "dana", "jane",
            // further common first names (census-style lists)
            "hillary", "hilary", "kate", "katie", "kathy", "sue", "suzanne", "jo", "joanne", "peggy", "sally",
            "wendy", "tina", "tammy", "beth", "ellen", "erin", "gina", "jenny", "jennie", "kristen", "kirsten",
            "leslie", "lori", "lynn", "marsha", "melanie", "meghan", "molly", "monica", "nina", "paula", "penny",
            "sheila", "shirley", "stacy", "tracy", "valerie", "vanessa", "yvonne", "elaine", "eileen",
            "maggie", "madeline", "nikki", "elise", "sarah", "loretta",
            "michele", "elena", "sonia", "ruth", "nancy", "debbie", "donna", "jeanne", "marcia", "irene",
            "miriam", "naomi", "agnes", "dolores", "jessie", "lucy", "sylvia", "vera", "wanda", "yolanda");
    private static final Set<String> MALE = set("james", "john", "robert", "michael", "william", "david",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark",
            "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy",
            "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
            "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander",
            "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan",
            "henry", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith",
            "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence",
            "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan",
            "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis",
            "bobby", "philip", "johnny", "bill", "ted", "ben", "chris", "mike",
            "tim", "harry", "chuck", "rick",
            "jim", "tom", "bob", "dick", "al", "hugo", "omar", "tomas", "jonas", "carlos",
            "luis", "pedro", "ahmed", "mohammed", "muhammad", "ali",
            // further common first names (census-style lists)
            "steve", "bernie", "bernard", "marco", "rudy", "rudolph", "barack",
            "mitch", "nate", "greg", "doug", "dan", "danny", "don", "dave", "ed", "eddie", "fred",
            "frederick", "gene", "glenn", "howard", "ian", "jay", "jeff", "jon", "josh", "karl", "ken", "kenny",
            "lou", "marc", "martin", "matt", "max", "neil", "nick", "phil", "ray", "rob", "ron", "sam", "stan",
            "stuart", "todd", "tony", "vince", "will", "wesley", "ben", "lyndon", "franklin",
            "abraham", "ronald", "jimmy", "herbert", "dwight", "harvey", "leonard", "lloyd", "marvin", "mel",
            "milton", "norman", "oscar", "ralph", "ross", "seth", "vladimir", "boris", "sergei",
            "benjamin", "hassan", "abdul", "rick", "richard", "chuck", "elijah");

    public static char firstNameGender(String name) {
        String l = name.toLowerCase(java.util.Locale.ROOT);
        return FEMALE.contains(l) ? 'f' : MALE.contains(l) ? 'm' : 0;
    }

    /** Words that make the next word a noun: "his remarks", "her demands", "Smith's claims". */
    public static final Set<String> NOUN_MARKERS = set("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "'s", "these", "those", "some", "many", "several", "another", "every", "each", "no", "two",
            "three", "such", "any", "whose");

    /** A speech verb at token {@code k} used as a verb, not as a noun after a determiner. */
    public static boolean isSpeechAt(Doc d, int k) {
        return isSpeech(d.tok(k)) && !(k > 0 && NOUN_MARKERS.contains(d.tok(k - 1).lower())
                && !(d.tok(k - 1).is("'s") && PRONOUNS.contains(d.tok(k - 2).lower()))); // "he's said" is a verb
    }

    public static boolean isSpeech(Tok t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && SPEECH.contains(t.lower());
    }
}
