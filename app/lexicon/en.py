"""English: every word Argmap reads, as data.

Word lists are tuples of lowercase phrases, each written once; a pattern names a list as
``{NAME}`` and :mod:`app.lexicon` puts in its phrases (``(?:phrase|phrase…)``, escaped, in the
order written here: where one phrase begins another, the longer comes first, as a regex reads
it). Patterns are written in lowercase and read lowercased text, unless they say otherwise
(``(?-i:…)``: they look for capitals). Cues are ``(name, weight, reason, pattern[, needs])``:
the weight is what the cue adds to a sentence's score, the reason is how a person reads it,
and the words it matched follow the reason in quotes on the map ("attributed to critics:
'Critics argue'"); see the cue lists below for ``needs``. A second language is a second
module with the same names.
"""

# --- Who speaks: the other side, and the verbs that report a view ------------------------------------

#: People named for the view they oppose.
CRITICS = ("critics", "opponents", "sceptics", "skeptics", "detractors", "naysayers")
#: Verbs that report what someone holds, in every form.
REPORTING_VERBS = (
    "argues", "argued", "argue", "arguing", "asserts", "asserted", "asserting", "assert", "believes", "believed",
    "believe", "believing", "claims", "claimed", "claiming", "claim", "contends", "contended", "contending",
    "contend", "insists", "insisted", "insisting", "insist", "maintains", "maintained", "maintaining", "maintain",
    "emphasises", "emphasised", "emphasising", "emphasizes", "emphasized", "emphasizing", "stresses", "stressed",
    "stressing", "stress", "suggests", "suggested", "suggesting", "suggest", "predicts", "predicted",
    "predicting", "predict", "envisions", "envisioned", "envisioning", "envision", "proposes", "proposed",
    "propose", "warns", "warned", "warning", "warn", "concludes", "concluded", "conclude", "thinks", "thinking",
    "think", "holds", "holding", "hold", "says", "saying", "say", "said", "points out", "pointed out",
    "pointing out", "point out", "explains", "explained", "explaining", "explain",
)
#: Verbs of attribution besides the reporting verbs: "notes that", "questions whether".
NOTING_VERBS = ("notes", "noted", "noting", "note")
DOUBTING_VERBS = ("questions", "question", "fears", "fear", "worries", "worry", "doubts", "doubt")
#: What critics do besides reporting a view.
OBJECTING_TOO = DOUBTING_VERBS + ("objects", "object")
#: "Some …", "Others …": an unnamed group holding a view.
SOME = ("some", "others", "many", "few")
#: Who the group is, after "some".
SOME_WHO = ("people", "observers", "experts", "commentators")
#: The verbs an unnamed group argues with (base form, after a plural subject).
SOME_VERBS = ("argue", "say", "claim", "contend", "believe", "fear", "worry", "question", "doubt", "insist",
              "object", "suggest", "warn", "think")
#: "It is often argued": a view with nobody named.
PASSIVE_REPORTS = ("argued", "said", "claimed", "suggested", "objected")
PASSIVE_HOW_OFTEN = ("often", "sometimes", "frequently")
#: What others raise against a view.
CONCERNS = ("concerns", "concern", "fears", "fear", "worries", "doubts", "doubt", "objections", "objection")
CONCERN_DEGREES = ("growing", "serious", "also")
#: "There are concerns": the subject of a sentence that says something exists.
EXISTENTIAL = ("there",)
#: Verbs of holding a view, in the base form: "they say", "one might object".
HOLDING_VERBS = ("say", "think", "believe", "argue", "claim", "object", "contend", "complain", "point out")
#: Who may object, and how: "one might object", "you could say".
OBJECTORS = ("one", "you", "they")
MODALS_OF_POSSIBILITY = ("might", "may", "could")
#: Opening a sentence, these grant the other side a point.
CONCESSIVE_OPENINGS = ("admittedly", "granted", "of course", "to be sure", "it is true that")

# --- Answering the other side ------------------------------------------------------------------------

ANSWER_VERBS = (
    "addresses", "addressed", "addressing", "address", "answers", "answered", "answering", "answer",
    "responds to", "responded to", "responding to", "respond to", "counters", "countered", "countering", "counter",
    "dismisses", "dismissed", "dismissing", "dismiss", "rejects", "rejected", "rejecting", "reject", "refutes",
    "refuted", "refuting",
)
OBJECTIONS = ("concerns", "concern", "fears", "fear", "worries", "criticism", "critics", "objections", "objection",
              "doubts", "doubt", "risks", "risk")
REDUCING_VERBS = (
    "reduces", "reduced", "reducing", "reduce", "lowers", "lowered", "lowering", "lower", "mitigates", "mitigated",
    "mitigating", "mitigate", "minimises", "minimised", "minimising", "minimise", "minimizes", "minimized",
    "minimizing", "minimize",
)
RISK_QUALIFIERS = ("the", "potential", "such", "these", "those")
RISKS = ("risks", "risk", "harms", "harm", "dangers", "danger", "threats", "threat")
FAILING_VERBS = ("ignores", "overlooks", "misses", "misunderstands", "fails to")
ARGUMENT_NOUNS = ("argument", "objection", "claim", "criticism")

# --- Connectives, by the relation they mark (after the Penn Discourse Treebank) ------------------------

#: Opening a sentence of the long-text miner, after a counterclaim: the answer begins.
CONTRAST = ("however", "but", "yet", "still", "nevertheless", "nonetheless", "even so", "on the other hand",
            "in fact")
#: Opening a clause of a short text, these turn against what came before: CONTRAST and these.
CONTRAST_MORE = ("on the contrary", "instead", "rather", "that said", "all the same", "notwithstanding",
                 "despite this", "this is precisely")
#: Opening a clause, these concede the other side's point.
CONCESSION = (
    "of course", "granted", "admittedly", "yes,", "certainly", "sure", "to be sure", "it is true that",
    "it is true", "true,", "no doubt", "naturally", "obviously", "although", "though", "even if", "even though",
    "while", "whilst", "despite", "in spite of",
)
#: Opening a clause, these give a reason for the clause before.
REASON = ("because", "since", "after all", "given that", "the reason is", "this is because", "that is because",
          "as a matter of fact")
#: "for" gives a reason, except before these ("for example", "for the city").
NOT_REASON_AFTER_FOR = ("example", "instance", "one thing", "one", "a", "the", "this", "that", "those", "these",
                        "many", "some", "all", "each", "every", "most")
#: Opening a clause, these give an example of the clause before.
EXAMPLE = ("for example", "for instance", "e.g.", "to illustrate", "take the", "consider the", "just think of")
#: Opening a clause, these add a further point alongside the one before.
ADDITION = ("furthermore", "moreover", "also", "in addition", "additionally", "besides", "what is more",
            "on top of that", "for one thing", "secondly", "thirdly", "finally", "another", "not only", "firstly",
            "first", "second")
#: After "and", these still add a point; a bare "and" links a co-premise.
AND_ADDITION = ("furthermore", "moreover", "also", "besides", "additionally", "secondly")
LINK = ("and", "plus")
#: Anywhere in a clause, these mark the conclusion the others lead to.
CONCLUSION = (
    "therefore", "thus", "hence", "consequently", "accordingly", "thats why", "that's why", "that is why",
    "this is why", "which is why", "in conclusion", "all in all", "in short", "to sum up", "for these reasons",
    "for this reason", "as a result", "so we", "in my opinion", "in my view", "we must", "we should",
)
#: "I think", "I therefore believe": the author concluding.
AUTHOR_CONCLUDING = ("think", "believe", "am convinced", "feel", "would argue")
#: Opening a sentence, these mark it as continuing or concluding: labels shed them.
OPENERS = (
    "however", "moreover", "furthermore", "in addition", "additionally", "also", "besides", "but", "yet", "still",
    "thus", "therefore", "hence", "so", "consequently", "ultimately", "finally", "in the end", "in conclusion",
    "in short", "indeed", "in fact", "of course", "for instance", "for example", "similarly", "likewise",
    "nevertheless", "nonetheless", "admittedly", "granted", "today", "initially", "over time", "in the past",
    "as a result", "firstly", "first", "secondly", "second", "thirdly", "third", "lastly",
)

# --- What ought to be, what will be, what is good -----------------------------------------------------

#: Calls for action (the long-text miner's claims).
MODAL_CALLS = ("should", "must", "ought to", "need to", "needs to", "has to", "have to")
PREDICTIONS = ("will", "would", "can", "could help", "is poised to", "are poised to")
EVALUATIONS = ("essential", "crucial", "vital", "necessary", "important", "key", "better", "worse", "beneficial",
               "harmful", "compelling", "immense", "within reach", "outweighs", "outweigh", "superior", "unfair",
               "wrong", "right")
SUPERLATIVES = ("simplest", "best", "worst", "easiest", "cheapest", "fastest", "safest", "greatest", "biggest",
                "only")
#: "I think", "we believe": the author's own view.
AUTHOR = ("i", "we")
AUTHOR_VERBS = ("think", "believe", "argue", "contend", "hold", "am convinced", "are convinced")
#: "arguing that", "noting that": a reported position in a participle.
REPORTING_PARTICIPLES = ("arguing", "insisting", "stressing", "explaining", "noting", "believing")
#: "makes the case for": the case the text makes.
CASE_MAKING = ("makes", "make", "making", "outlines", "outline", "presents", "present", "builds", "build", "lays out",
               "lay out")
#: Short texts: what ought to be (deontic modals and evaluative verdicts).
DEONTIC_MODALS = ("should", "must", "ought to", "shall")
IT_IS_VERDICTS = ("time", "necessary", "essential", "crucial", "important", "wrong", "right", "high time",
                  "unacceptable")
COPULAS = ("is", "are", "would be", "remains", "remain")
COPULA_ADVERBS = ("therefore", "thus", "also", "still", "not", "simply")
VERDICTS = ("the right", "the best", "the only", "the wrong", "necessary", "essential", "indispensable",
            "unacceptable", "wrong")
SENSIBLE = ("good", "bad", "sensible", "necessary")
MEASURES = ("idea", "thing", "step", "measure")
#: Weaker than a deontic modal: necessity that may only describe ("you have to scrape it off").
NECESSITY = ("have to", "has to", "need to", "needs to", "needed", "necessary")
#: Hedged sentences continue the voice of the unit before them.
HEDGES = ("could", "might", "may")

# --- Evidence -----------------------------------------------------------------------------------------

EXAMPLE_MARKERS = ("for instance", "for example", "e.g.", "such as", "as evidence", "to illustrate", "case in point",
                   "consider the", "take the example")
SOURCE_MARKERS = ("according to",)
STUDIES = ("studies", "research", "data")
FINDING_VERBS = ("show", "shows", "find", "finds", "found", "suggest", "suggests")
REPORTS = ("study", "survey", "report", "poll")
REPORT_LINKS = ("by", "from", "of", "found", "shows")
RECORD_MARKERS = ("points to", "point to", "cites", "cited", "citing", "highlights", "highlighted", "highlighting",
                  "highlight", "record of", "track record", "history of")
FIGURE_UNITS = ("%", "percent", "per cent", "million", "billion", "trillion")
#: "Companies like Acme": named cases.
CASE_NOUNS = ("companies", "firms", "countries", "cities", "tools", "projects", "people", "organisations",
              "organizations")
#: Opening a sentence, these look back on what happened.
LOOKING_BACK = ("in the past", "historically", "initially", "at first", "over time", "today")
SINCE = ("in", "since", "by")

# --- Remarks about the text itself --------------------------------------------------------------------

WRITINGS = ("op-ed", "essay", "article", "piece", "post", "letter", "column", "book", "paper", "speech")
WRITING_OPENS = ("begins", "opens", "starts", "concludes", "ends", "closes")
POSSESSIVES = ("his", "her", "their", "its", "the", "this", "my", "our")
WRITING_DOES = ("sparks", "raises", "presents", "offers", "provides", "opens", "starts", "invites")
ARGUMENT_LISTS = ("arguments", "reasons", "points")
HOW_MANY = ("following", "these", "several", "some", "many", "three", "four", "five", "key")

# --- Statements and questions (titles) ----------------------------------------------------------------

#: A title with one of these states something.
STATEMENT_VERBS = ("is", "are", "was", "were", "will", "would", "should", "must", "can", "could", "need", "needs",
                   "has", "have", "matters", "matter")
#: A title that opens with one of these asks.
QUESTION_OPENINGS = ("why", "how", "what", "when", "where", "who", "which", "is", "are", "do", "does", "can",
                     "should", "will")
#: A text names its own title after these: 'an essay titled "…"'.
TITLE_VERBS = ("titled", "entitled", "headlined", "called")

# --- Labels -------------------------------------------------------------------------------------------

ATTRIBUTION_LINKS = ("that", "whether", "how", "why")
#: "concerns about the potential for …": what a concern is about.
CONCERN_ABOUT = ("about", "over", "that")
POSSIBILITIES = ("potential", "possibility", "risk")
#: Where a trailing clause of a label begins, after a comma: participles, relatives, conjunctions.
TRAILING_CLAUSES = ("posing", "leading", "ensuring", "thereby", "thus", "which", "while", "bringing", "making",
                    "allowing", "driven", "as", "who", "and thus", "and thereby", "just as", "because", "since",
                    "so that")
#: A label cut short does not end on these.
WEAK_ENDS = (
    "a", "an", "the", "of", "to", "in", "on", "for", "by", "with", "and", "or", "but", "as", "at", "from", "that",
    "which", "who", "whose", "its", "their", "his", "her", "our", "your", "this", "these", "those", "is", "are",
    "was", "were", "be", "been", "will", "would", "can", "could", "should", "must", "may", "might", "not",
)

# --- Clauses: where a sentence divides ----------------------------------------------------------------

#: After a comma or semicolon, these open a clause of their own.
CLAUSE_OPENINGS = ("but", "yet", "because", "since", "for", "although", "though", "whereas", "while", "unless",
                   "so that")
AND_CLAUSE = ("furthermore", "moreover", "also", "therefore", "thus", "so", "besides", "secondly")
CLAUSE_OPENINGS_AFTER = ("and thus", "and therefore", "which is why", "so")
#: These open a clause even without a comma before them.
BARE_CLAUSE_OPENINGS = ("unless", "because", "although", "whereas")
#: A sentence that opens with one of these divides at its first comma: "Although A, B".
SUBORDINATORS = ("although", "though", "even if", "even though", "while", "whilst", "whereas", "despite")

# --- Whether a text argues at all (app.mining.argues) ---------------------------------------------------
# A sentence takes a stance (stance markers after Biber et al. 1999, Longman Grammar of Spoken and Written
# English, ch. 12: modals, evaluative words, stance adverbials, the writer's verbs of thinking; and the Penn
# Discourse Treebank's contingency and comparison connectives), or it tells, instructs or specifies (the
# narrative and procedural discourse of Longacre 1996, The Grammar of Discourse; the narrative, report and
# description modes of Smith 2003, Modes of Discourse), or neither.

#: Anywhere in a sentence, these give a reason, draw a conclusion or set one view against another.
ARGUING_CONNECTIVES = ("because", "but", "although", "though", "however", "whereas", "even if", "unless",
                       "otherwise", "instead", "rather than", "nevertheless", "nonetheless")
#: Modal verbs: what can, may, would or must be (possibility, prediction, obligation).
STANCE_MODALS = ("can", "cannot", "could", "might", "would", "should", "must", "ought")
NEGATIONS = ("not", "no", "never", "nothing", "nobody", "neither", "nor")
#: Words that judge (appraisal: good or bad, needed or not, a problem or a benefit).
EVALUATIVE = (
    "good", "bad", "great", "better", "worse", "best", "worst", "wrong", "fair", "unfair", "unjust", "harmful",
    "dangerous", "useful", "useless", "pointless", "desirable", "undesirable", "necessary", "unnecessary",
    "important", "beneficial", "positive", "negative", "effective", "ineffective", "sad", "terrible", "awful",
    "excellent", "perfect", "ideal", "justified", "unjustified", "sensible", "reasonable", "unreasonable",
    "acceptable", "unacceptable", "essential", "crucial", "vital", "serious", "worthwhile", "mistake", "mistakes",
    "problem", "problems", "risk", "risks", "danger", "dangers", "benefit", "benefits", "advantage", "advantages",
    "disadvantage", "disadvantages", "solution", "responsible", "irresponsible", "responsibly", "fun",
    "disturbing",
)
#: Stance adverbials: how sure the writer is, or how much the writer means it.
STANCE_ADVERBS = ("really", "definitely", "certainly", "surely", "clearly", "obviously", "indeed", "actually",
                  "simply", "hardly", "probably", "presumably", "undoubtedly", "of course", "in fact", "too much",
                  "too many")
#: "I do not believe", "we really think": the author's verbs of holding a view.
AUTHOR_DEGREES = ("do not", "don't", "don’t", "really", "also", "strongly", "firmly")
STANCE_VERBS = ("think", "believe", "feel", "find", "doubt", "agree", "disagree", "know", "am convinced",
                "are convinced")
#: Procedure: an imperative opens on a verb and then its object or particle ("Chop the onion", "Pull out").
IMPERATIVE_OBJECTS = ("the", "a", "an", "your", "any", "one", "two", "three", "some", "all", "both", "each",
                      "it", "them", "this", "these", "those", "up", "out", "off", "down", "back", "away", "over")
#: Opening a sentence, these are no verb although no function word either: adverbs and prepositions.
NOT_VERBS = (
    "today", "indeed", "perhaps", "yesterday", "tonight", "maybe", "sometimes", "often", "always", "never",
    "hence", "therefore", "instead", "otherwise", "meanwhile", "anyway", "besides", "actually", "eventually",
    "finally", "first", "next", "later", "soon", "tomorrow", "recently", "moreover", "furthermore",
    "nevertheless", "nonetheless", "likewise", "similarly", "plus", "despite", "regarding", "including", "given",
    "unlike", "towards", "toward", "near", "across", "beyond", "behind", "via", "amid", "among", "throughout",
    "along", "around", "inside", "outside", "except", "concerning", "considering", "following",
)
#: Endings of a word that is no bare verb (adverbs, plurals and third persons, participles).
NOT_VERB_ENDINGS = ("ly", "s", "ing", "ed")
#: The ending of an adverb ("usually"): a past tense is looked for past it.
ADVERB_ENDING = ("ly",)
#: Narration: past tense forms that are nothing else ("was", "came").
PAST_FORMS = ("was", "were", "did", "came", "went", "began", "ran", "saw", "gave", "took", "ate", "wrote",
              "became", "grew", "knew", "rose", "fell", "drove", "rode", "spoke", "broke", "chose", "wore", "flew",
              "threw", "forgot")
#: Past forms that are participles too ("had", "found"); these and regular pasts in "-ed" are read as a past
#: tense only with an object or a place after them and no auxiliary before ("found cracks in", not "was found").
PAST_OR_PARTICIPLE = ("had", "made", "left", "found", "set", "put", "paid", "kept", "lost", "sent", "brought",
                      "bought", "thought", "felt", "spent", "told", "met", "sat", "won", "got", "heard", "held",
                      "led", "built", "said", "sold", "stood")
PAST_ENDING = ("ed",)
#: Before a participle, this is the past perfect of a story ("she had run", "his wife had died").
PAST_PERFECT = ("had",)
#: Before these, such a word is a participle ("is used", "has found", "the damaged", "to be").
BEFORE_A_PARTICIPLE = ("is", "are", "am", "be", "been", "being", "has", "have", "having", "had", "was", "were", "get",
               "gets", "getting", "got", "become", "becomes", "not", "the", "a", "an", "to")
#: After a past tense: its object or a place ("found cracks in", "closed the bridge", "returned to").
AFTER_A_PAST = ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "him", "them", "us", "me",
                "it", "both", "two", "three", "four", "five", "some", "all", "every", "each", "this", "that",
                "these", "those", "to", "at", "from", "in", "on", "for", "with", "into", "onto", "back", "out", "up",
                "down", "off", "away")
#: Report and description: a time, a day or a count anchors a sentence to one occasion or one thing.
CALENDAR_WORDS = (
    "morning", "afternoon", "evening", "night", "tonight", "tomorrow", "yesterday", "midnight", "dawn", "noon",
    "o'clock", "o’clock", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "april", "june", "july", "august", "september", "october", "november", "december",
)
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                "thousand", "dozen")
#: A figure, or one of these words standing alone: "at ten o'clock", "ten countries"; not the kind a compound
#: names ("a four-day week", "the morning-after pill").
REPORT_ANCHOR = r"\d|\b(?:{CALENDAR_WORDS}|{NUMBER_WORDS})\b(?![-‐])|\b(?:in|of|by|until|since) may\b"
#: A sentence that carries one of these words takes a stance, whatever else it does.
STANCE_WORDS = r"\b(?:{EVALUATIVE}|{STANCE_ADVERBS})\b"
AUTHOR_VIEW = r"\b{AUTHOR}(?: {AUTHOR_DEGREES})? {STANCE_VERBS}\b"
#: Connectives, modals and negation take a stance in a sentence that does not report ("a bus could leave at
#: ten" reports a timetable; "a bus could be free" argues).
STANCE_GRAMMAR = (
    r"\b(?:{ARGUING_CONNECTIVES}|{CONCLUSION}|{STANCE_MODALS}|{NEGATIONS})\b|n['’]t\b|"
    r"(?<!in )(?<!of )(?<!by )\bmay\b"  # the modal, not the month
)

# --- Overlap: words that say nothing of a unit's topic ------------------------------------------------

STOPWORDS = """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each even ever every few for from further had
    has have having he her here hers herself him himself his how however i if in into is it its itself just
    least less let like many may me might more most much must my myself no nor not now of off on once only or
    other others our ours ourselves out over own per rather same she should since so some such than that the
    their theirs them themselves then there these they this those though through thus to too under until up
    upon us very was we were what when where whether which while who whom whose why will with within without
    would yet you your yours yourself one ones already still well way ways thing things make makes
    made get gets say says said new""".split() + (
    # Words of argument itself: every counterclaim has "concerns", every claim "argues".
    """argue argues argued arguing argument arguments claim claims claimed concern concerns critic critics
    question questions believe believes believed point points note notes noting instance example examples
    addresses address addressing""".split()
)
#: Suffixes a stem sheds, longest first.
SUFFIXES = """nesses ness abilities ability ibility ities ity ations ation ments ment ships ship ingly ings ing ively
    ive ions ion ables able ibly ible ally ly ies ied ers er ed es s""".split()

# --- Ingest: sentences and page furniture -------------------------------------------------------------

#: Words that end with a period without ending a sentence.
ABBREVIATIONS = """mr mrs ms dr prof sr jr st mt vs etc e.g i.e cf al approx dept est fig figs inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols p pp ed eds gen gov sen rep
    u.s u.k u.n e.u a.m p.m ph.d""".split()
BYLINES = ("by", "written by", "posted by", "words by", "story by")
#: Months as dates spell them, long form first; a period may follow.
MONTHS = ("january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
          "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec")
#: Weekdays without their "day".
WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: Calls to action and navigation that web pages wrap around an article.
PAGE_FURNITURE = (
    "subscribe", "subscribed", "sign up", "sign in", "log in", "newsletter", "continue reading", "read more",
    "keep reading", "discover more", "share this", "share on", "follow us", "click here", "processing", "loading",
    "on the list", "trending", "related posts", "related articles", "related stories", "most read", "most popular",
    "advertisement", "sponsored", "cookies", "cookie", "all rights reserved", "privacy policy", "terms of use",
    "terms of service", "leave a reply", "leave a comment", "skip to content", "back to top", "get access",
    "full archive", "latest posts", "posted in", "filed under",
)

# --- The cues of the long-text miner ------------------------------------------------------------------
# Each cue: (name, weight, reason, pattern[, needs]). A sentence's score for a kind is the sum of the
# weights of its cues; the strongest one says why. ``needs`` names a list one of whose phrases every
# match holds: a sentence without the first word of any of them is passed over without the pattern.

#: Someone other than the author holds the view: a counterclaim.
OPPOSING = (
    ("critics", 3.0, "attributed to critics",
     r"\b{CRITICS}\b[^.;:]{0,40}?\b(?:{REPORTING_VERBS}|{OBJECTING_TOO})\b", "CRITICS"),
    ("some say", 3.0, "attributed to others", r"\b{SOME}(?: {SOME_WHO})?\s+{SOME_VERBS}\b", "SOME"),
    ("it is said", 2.5, "attributed to an unnamed voice",
     r"\bit (?:is|has been) (?:{PASSIVE_HOW_OFTEN} )?{PASSIVE_REPORTS}\b"),
    ("concerns", 2.5, "a concern others raise",
     r"\b{EXISTENTIAL} (?:are|is|have been) (?:{CONCERN_DEGREES} )?{CONCERNS}\b", "EXISTENTIAL"),
    ("objection", 2.5, "an objection the text anticipates",
     r"\b{OBJECTORS} {MODALS_OF_POSSIBILITY} {HOLDING_VERBS}\b", "OBJECTORS"),
    ("admittedly", 2.0, "a concession", r"^{CONCESSIVE_OPENINGS}\b", "CONCESSIVE_OPENINGS"),
)
#: The text answers an objection: a rebuttal.
ANSWERING = (
    ("addresses", 3.0, "answers a concern", r"\b{ANSWER_VERBS}\b[^.;]{0,30}?\b{OBJECTIONS}\b", "ANSWER_VERBS"),
    ("mitigates", 2.0, "says a risk is reduced",
     r"\b{REDUCING_VERBS}\s+(?:{RISK_QUALIFIERS} )*{RISKS}\b", "REDUCING_VERBS"),
    ("overlooks", 2.5, "says the objection fails",
     r"\b(?:this|that|such (?:a |an )?\w+|the {ARGUMENT_NOUNS})\s+{FAILING_VERBS}\b", "FAILING_VERBS"),
)
#: After a counterclaim, a sentence opening on a contrast begins the answer.
CONTRAST_CUE = ("contrast", 1.0, "contrast marker", r"^{CONTRAST}\b")
#: Examples, figures, named cases, history: evidence.
EVIDENCE = (
    ("example", 3.0, "example", r"\b{EXAMPLE_MARKERS}\b", "EXAMPLE_MARKERS"),
    ("source", 3.0, "cites a source",
     r"\b(?:{SOURCE_MARKERS}|{STUDIES} {FINDING_VERBS}|a {REPORTS} {REPORT_LINKS})\b"),
    ("points to", 1.5, "points to a record", r"\b{RECORD_MARKERS}\b", "RECORD_MARKERS"),
    # A percentage or a sum, a version or dotted number, a number with a unit ("405b", "20x").
    ("figure", 1.5, "figures", r"(?:\d[\d,.]*\s?{FIGURE_UNITS}|[$€£]\s?\d|\b\d+(?:\.\d+)+\b|\b\d{2,}[A-Za-z]+\b)"),
    # Two or more capitalised names, each followed by a comma: "Oslo, Seoul, and Lyon".
    ("named cases", 2.0, "named cases",
     r"(?-i:\b(?:[A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+)*,\s){2,}(?:and\s)?(?:other\s)?[A-Z\w][\w.&-]*)"),
    ("like", 2.0, "named cases", r"\b{CASE_NOUNS} (?-i:like [A-Z])", "CASE_NOUNS"),
    ("history", 1.5, "historical record",
     r"^(?:{LOOKING_BACK}|in (?:the )?(?:\d{4}s?|early|late))\b|\b{SINCE} (?:1[89]|20)\d\d\b"),
)
#: The author (or the person whose view the text reports) takes a position: a claim.
CLAIMING = (
    ("reported view", 2.0, "a position the text reports",
     r"\b{REPORTING_VERBS}\s+(?:that|how|why)\b", "REPORTING_VERBS"),
    ("arguing", 2.0, "a position the text reports", r"\b{REPORTING_PARTICIPLES} that\b", "REPORTING_PARTICIPLES"),
    ("thesis", 2.5, "the case the text makes",
     r"\b{CASE_MAKING} (?:a |an |the )?(?:\w+ ){0,2}case (?:for|that|why|against)\b", "CASE_MAKING"),
    ("author", 3.0, "the author's own view", r"\b{AUTHOR} {AUTHOR_VERBS}\b", "AUTHOR"),
    ("modal", 1.5, "a call for action", r"\b{MODAL_CALLS}\b", "MODAL_CALLS"),
    ("prediction", 1.0, "a prediction", r"\b{PREDICTIONS}\b", "PREDICTIONS"),
    ("evaluation", 1.0, "an evaluation", r"\b{EVALUATIONS}\b|\bthe (?:{SUPERLATIVES}|most \w+)\b"),
)

# --- Patterns over the lists above --------------------------------------------------------------------

#: Sentences about the text itself ("This essay argues …", "the following arguments:"): no unit.
REMARK = (
    r"\b{WRITING_OPENS} {POSSESSIVES} {WRITINGS}\b|"
    r"\b(?:in this|this) {WRITINGS_NAMED}\b|"
    r"\bnot without (?:its|their|his|her) critics\b|"
    r"\b{WRITINGS_ACTING}\b[^,.]{0,40}?\b{WRITING_DOES}\b|"
    r"\b{HOW_MANY} (?:\w+ )?{ARGUMENT_LISTS}\s*:\s*$"
)
WRITINGS_NAMED = ("op-ed", "essay", "article", "piece", "post", "column")
WRITINGS_ACTING = ("op-ed", "essay", "article", "piece", "column", "book", "paper", "speech")
#: Opening a label: a discourse marker it sheds.
OPENER = r"^{OPENERS}\b,?\s*"
HEDGE = r"\b{HEDGES}\b"

#: Short texts. Opening a unit: a concession of the other side's point.
CONCESSION_OPENING = (
    r"^(?:{CONCESSION}|it {MODALS_OF_POSSIBILITY} (?:well )?be (?:true|argued|said)|"
    r"there {MODALS_OF_POSSIBILITY} be)\b"
)
#: Anywhere in a unit: a view the author reports and does not hold.
OPPOSITION = (
    r"\b(?:{CRITICS}|{OPPONENTS})\b|"
    r"\b{MOST} {GROUPS}?\s*{GROUP_VERBS}\b|"
    r"\b{THEY} (?:{THEY_HOW} )?{HOLDING_VERBS}\b|"
    r"\b\w+ {HYPOTHETICAL_MODALS} (?:well )?{HOLDING_VERBS}\b|"
    r"\bit (?:is|has been) (?:{PASSIVE_HOW_OFTEN} )?{PASSIVE_REPORTS}\b|"
    r"\bon the one hand\b"
)
OPPONENTS = ("advocates of", "proponents of")
MOST = ("some", "many", "most", "few", "other")
GROUPS = ("people", "voices", "observers", "experts", "parents", "politicians", "citizens")
GROUP_VERBS = ("say", "think", "believe", "argue", "claim", "contend", "feel", "fear", "object", "maintain", "hold")
THEY = ("others", "they", "people", "one")
THEY_HOW = ("often", "sometimes", "may", "might", "could", "would")
HYPOTHETICAL_MODALS = ("may", "might", "could", "would")
CONTRAST_OPENING = r"^(?:{CONTRAST}|{CONTRAST_MORE})\b"
REASON_OPENING = r"^(?:{REASON}|for(?! {NOT_REASON_AFTER_FOR}\b))\b"
EXAMPLE_OPENING = r"^{EXAMPLE}\b"
ADDITION_OPENING = r"^(?:and {AND_ADDITION}|{ADDITION})\b"
LINK_OPENING = r"^{LINK}\b(?! {AND_ADDITION})"
CONCLUSION_MARK = r"\b(?:{CONCLUSION}|i (?:therefore )?{AUTHOR_CONCLUDING})\b"
DEONTIC_MARK = (
    r"\b(?:{DEONTIC_MODALS}|it is {IT_IS_VERDICTS}|"
    r"{COPULAS}(?: \w+ly| {COPULA_ADVERBS})? (?:{VERDICTS}|a {SENSIBLE} {MEASURES}))\b"
)
NECESSITY_MARK = r"\b{NECESSITY}\b"
#: Where a sentence divides into two units: a connective after a comma, semicolon or colon.
SPLIT_AFTER_COMMA = r"[,;:]\s+(?=(?:{CLAUSE_OPENINGS}|and {AND_CLAUSE}|{CLAUSE_OPENINGS_AFTER})\b)"
SPLIT_BARE = r"\s+(?={BARE_CLAUSE_OPENINGS}\b)"
#: "Although A, B": the concessive clause A ends at its first comma.
SUBORDINATE = r"{SUBORDINATORS}\b[^,]*,\s+"

#: Labels: a leading attribution ("Critics argue that", "There are concerns about the risk of").
ATTRIBUTION = (
    r"^(?:[^,;:]{0,60}?\b(?:{REPORTING_VERBS}|{NOTING_VERBS}|{DOUBTING_VERBS})\s+{ATTRIBUTION_LINKS}\s+|"
    r"{EXISTENTIAL} (?:are|is|have been) (?:{CONCERN_DEGREES} )?{CONCERNS} {CONCERN_ABOUT} "
    r"(?:the {POSSIBILITIES} (?:for|of|that) )?)"
)
#: Labels: where a trailing clause begins; all from there on goes.
TAIL = r",\s+{TRAILING_CLAUSES}\b|;|\s+—|\s+-\s"

#: Titles: a statement, and a question.
STATEMENT = r"\b{STATEMENT_VERBS}\b"
QUESTION = r"^{QUESTION_OPENINGS}\b"
QUOTED_TITLE = r"\b{TITLE_VERBS}\s+[\"“‘']([^\"”’'\n]{3,120}?)[,.]?[\"”’']"
#: Ingest: bylines, dates and page furniture.
BYLINE = r"^{BYLINES}\s+\S+(?:\s+\S+){0,3}$"
DATE = (
    r"^(?:{WEEKDAYS}day,?\s+)?"
    r"(?:{MONTHS}\.?\s+\d{1,2}{ORDINAL_SUFFIXES}?,?\s+\d{4}"
    r"|\d{1,2}\s+{MONTHS}\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?[.\s]*$"
)
FURNITURE = r"\b{PAGE_FURNITURE}\b"
