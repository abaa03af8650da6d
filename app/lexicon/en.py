"""English: every word Argmap reads, as data.

Word lists are tuples of lowercase phrases, each written once; a pattern names a list as
``{NAME}`` and :mod:`app.lexicon` puts in its phrases (a group that matches any of them, escaped;
where one phrase begins another, the longer is tried first). Patterns are written in lowercase and
read lowercased text, unless they say otherwise (``(?-i:…)``: they look for capitals). Cues are
``(name, weight, reason, pattern[, needs])``: the weight is what the cue adds to a sentence's score,
the reason is how a person reads it, and the words it matched follow the reason in quotes on the
map ("attributed to critics: 'Critics argue'"); see the cue lists below for ``needs``. A second language is a second
module with the same names.

Every cue is a general cue of English argument, never a phrase of one text (the seed article or
a development corpus): each list names, in the comment above it, the class of the literature it
follows, by these short names:

- PDTB: the Penn Discourse Treebank's explicit connectives and their senses (Prasad et al. 2008,
  PDTB 2.0; Webber et al. 2019, PDTB 3.0), e.g. Comparison.Contrast, Contingency.Cause.Reason.
- S&G: the argument indicators of Stab & Gurevych (2017), "Parsing Argumentation Structures in
  Persuasive Essays", Computational Linguistics 43(3): forward, backward, thesis, rebuttal and
  first-person indicators.
- Biber: the linking adverbials and stance markers of Biber et al. (1999), Longman Grammar of
  Spoken and Written English.
- Hyland: the metadiscourse markers of Hyland (2005; hedges, boosters, attitude markers,
  self-mentions, frame markers, evidentials), and his reporting verbs (Hyland 1999, "Academic
  attribution", Applied Linguistics 20(3)).
- T&Y: the reporting verbs of Thompson & Ye (1991), "Evaluation in the reporting verbs used in
  academic papers", Applied Linguistics 12(4).
- M&W: the engagement resources of Martin & White (2005), The Language of Evaluation (attribute,
  disclaim: deny and counter, proclaim: concur).
- Quirk: Quirk et al. (1985), A Comprehensive Grammar of the English Language.

The lists of grammar (titles, clauses, labels, stopwords) and of page furniture are not cues of
argument and cite nothing.
"""

# --- Who speaks: the other side, and the verbs that report a view ------------------------------------

#: People named for the view they oppose (M&W: attribute, the other side's voice).
CRITICS = ("critics", "opponents", "opposition", "sceptics", "skeptics", "detractors", "naysayers")
#: Verbs that report what someone holds, in every form (T&Y; Hyland 1999: discourse and cognition acts).
REPORTING_VERBS = (
    "argues", "argued", "argue", "arguing", "asserts", "asserted", "asserting", "assert", "believes", "believed",
    "believe", "believing", "claims", "claimed", "claiming", "claim", "contends", "contended", "contending",
    "contend", "insists", "insisted", "insisting", "insist", "maintains", "maintained", "maintaining", "maintain",
    "emphasises", "emphasised", "emphasising", "emphasizes", "emphasized", "emphasizing", "stresses", "stressed",
    "stressing", "stress", "suggests", "suggested", "suggesting", "suggest", "predicts", "predicted",
    "predicting", "predict", "envisions", "envisioned", "envisioning", "envision", "proposes", "proposed",
    "propose", "warns", "warned", "warning", "warn", "concludes", "concluded", "conclude", "thinks", "thinking",
    "think", "holds", "holding", "hold", "says", "saying", "say", "said", "points out", "pointed out",
    "pointing out", "point out", "explains", "explained", "explaining", "explain", "states", "stated", "stating",
    "observes", "observed", "observing", "observe", "acknowledges", "acknowledged", "acknowledging",
    "acknowledge", "admits", "admitted", "admitting", "admit", "concedes", "conceded", "conceding", "concede",
    "recommends", "recommended", "recommending", "recommend", "reports", "reported",
    "writes", "wrote", "writing", "write", "tells", "told", "telling", "tell",
)
#: Verbs of attribution besides the reporting verbs: "notes that", "questions whether" (T&Y; Hyland 1999).
NOTING_VERBS = ("notes", "noted", "noting", "note")
#: Whom a view is told to, between the verb and "that": "they told you that", "she reminded us that".
INDIRECT_OBJECTS = ("you", "us", "me", "them", "him", "her")
DOUBTING_VERBS = ("questions", "question", "fears", "fear", "worries", "worry", "doubts", "doubt")
#: What critics do besides reporting a view (T&Y: negative reporting verbs).
OBJECTING_TOO = DOUBTING_VERBS + ("objects", "object")
#: Verbs by which the writer reports a view and keeps away from it: "the council claims that", "he insists
#: that" (M&W: attribute: distance; T&Y: non-factive reporting verbs). Not the writer's own ("I insist that").
DISTANCING_VERBS = ("claims", "claimed", "claim", "alleges", "alleged", "allege", "insists", "insisted", "insist",
                    "purports", "purported")
#: The view named at a distance: "the claim that" (a verb's form), "the allegation that" (M&W: attribute: distance).
DISTANCING_NOUNS = ("allegation", "allegations", "assertion", "assertions")
#: The words one of which every view reported at a distance holds.
DISTANCING_WORDS = DISTANCING_VERBS + DISTANCING_NOUNS
#: Words that may stand between a subject and its verb: "he also claims".
SUBJECT_ADVERBS = ("also", "still", "now", "even", "often")
#: "Some …", "Others …": an unnamed group holding a view (M&W: attribute; S&G's rebuttal context).
SOME = ("some", "others", "many", "few")
#: Who the group is, after "some".
SOME_WHO = ("people", "observers", "experts", "commentators")
#: The verbs an unnamed group argues with (base form, after a plural subject).
SOME_VERBS = ("argue", "say", "claim", "contend", "believe", "fear", "worry", "question", "doubt", "insist",
              "object", "suggest", "warn", "think")
#: "It is often argued": a view with nobody named (Biber: extraposed that-clause after a passive reporting verb).
PASSIVE_REPORTS = ("argued", "said", "claimed", "suggested", "objected")
PASSIVE_HOW_OFTEN = ("often", "sometimes", "frequently")
#: What others raise against a view (M&W: attribute; nouns of the reporting verbs above).
CONCERNS = ("concerns", "concern", "fears", "fear", "worries", "doubts", "doubt", "objections", "objection")
CONCERN_DEGREES = ("growing", "serious", "also")
#: "There are concerns": the subject of a sentence that says something exists.
EXISTENTIAL = ("there",)
#: Verbs of holding a view, in the base form: "they say", "one might object" (T&Y; M&W: attribute, entertain).
HOLDING_VERBS = ("say", "think", "believe", "argue", "claim", "object", "contend", "complain", "point out")
#: Who may object, and how: "one might object", "you could say".
OBJECTORS = ("one", "you", "they")
MODALS_OF_POSSIBILITY = ("might", "may", "could")
#: Opening a sentence, these grant the other side a point (M&W: concur; S&G rebuttal indicator "admittedly").
CONCESSIVE_OPENINGS = ("admittedly", "granted", "of course", "to be sure", "it is true that")

# --- Answering the other side ------------------------------------------------------------------------

#: Verbs of answering a view (M&W: disclaim, counter; T&Y: negative reporting verbs, "refute", "reject").
ANSWER_VERBS = (
    "addresses", "addressed", "addressing", "address", "answers", "answered", "answering", "answer",
    "responds to", "responded to", "responding to", "respond to", "counters", "countered", "countering", "counter",
    "dismisses", "dismissed", "dismissing", "dismiss", "rejects", "rejected", "rejecting", "reject", "refutes",
    "refuted", "refuting", "refute", "rebuts", "rebutted", "rebutting", "rebut",
)
#: What is answered (the nouns of CONCERNS and CRITICS).
OBJECTIONS = ("concerns", "concern", "fears", "fear", "worries", "worry", "criticism", "critics", "objections",
              "objection", "doubts", "doubt", "risks", "risk")
#: A response that lessens the risk an objection names (Hoey 1983: problem–response).
REDUCING_VERBS = (
    "reduces", "reduced", "reducing", "reduce", "lowers", "lowered", "lowering", "lower", "mitigates", "mitigated",
    "mitigating", "mitigate", "minimises", "minimised", "minimising", "minimise", "minimizes", "minimized",
    "minimizing", "minimize",
)
RISK_QUALIFIERS = ("the", "potential", "such", "these", "those")
RISKS = ("risks", "risk", "harms", "harm", "dangers", "danger", "threats", "threat")
#: "This argument overlooks …": the objection disclaimed (M&W: deny).
#: Who or what a denial judges: the view just stated, or those who hold it.
DENYING_SUBJECTS = ("this", "that", "it", "he", "she", "they", "such claims", "this claim", "this argument")
DENIAL_DEGREES = ("simply", "just", "plainly", "completely", "quite", "entirely", "flatly", "dead")
DENIAL_VERDICTS = ("wrong", "mistaken", "false", "untrue", "not true", "not the case", "misguided", "a myth",
                   "nonsense", "not so", "backwards", "the wrong way round", "misleading")
#: A word every denial holds, its verdict's last (the "needs" of the cue: see CueSpec).
DENYING_WORDS = ("wrong", "mistaken", "false", "untrue", "true", "case", "misguided", "myth", "nonsense", "so",
                 "backwards", "round", "misleading")
#: What a view the author rejects is named by: "the claim that X is misleading", "the idea that X is a myth".
REJECTED_VIEWS = ("argument", "objection", "claim", "criticism", "idea", "notion", "view", "belief", "suggestion",
                  "assumption")
GETTING = ("gets", "get", "got", "has", "have", "had")
FAILING_VERBS = ("ignores", "overlooks", "misses", "misunderstands", "fails to", "forgets")
#: The same, said of the other side's holders ("critics forget that").
HOLDERS_FAILING_VERBS = ("ignore", "overlook", "miss", "misunderstand", "fail to", "forget")
ARGUMENT_NOUNS = ("argument", "objection", "claim", "criticism")

# --- Connectives, by the relation they mark (after the Penn Discourse Treebank) ------------------------

#: Opening a clause, these turn against what came before (PDTB: Comparison.Contrast
#: and Concession; S&G rebuttal indicators "however", "but").
CONTRAST = ("however", "but", "yet", "still", "nevertheless", "nonetheless", "even so", "on the other hand",
            "in fact")
#: These too, beside CONTRAST (PDTB:
#: Comparison.Contrast, "on the contrary", "instead", "rather", "in contrast", "by contrast", "conversely";
#: Biber: contrast/concession, "that said", "all the same").
CONTRAST_MORE = ("on the contrary", "instead", "rather", "in contrast", "by contrast", "conversely", "that said",
                 "all the same", "notwithstanding", "despite this")
#: Opening a clause, these concede the other side's point (PDTB: Comparison.Concession; M&W: concur;
#: S&G rebuttal indicators "although", "even though", "admittedly").
CONCESSION = (
    "of course", "granted", "admittedly", "certainly", "sure", "to be sure", "it is true that",
    "it is true", "no doubt", "naturally", "obviously", "although", "though", "even if", "even though",
    "while", "whilst", "despite", "in spite of",
)
#: Right after a question, these answer it in the author's own voice ("Would you call that harmful? Of course
#: not."), where elsewhere they grant the other side a point (M&W: concur, as a reply).
ASSENTING = ("of course", "certainly", "sure", "naturally", "obviously", "no doubt")
#: Followed by a comma, these grant the other side a point: "True, it is costly" (M&W: concur). (Not "yes,": as often it
#: answers the prompt's question with the thesis; read as a concession it cost part 2's attachment 0.582 → 0.575.)
CONCEDING_REPLIES = ("true",)
#: The author grants the view just stated, and says no more (Martin & White 2005, Engagement: concede, "I grant
#: that", "admittedly"): "This is a fair concern", "That is true", "I understand the argument", "I have some
#: sympathy for that worry". Such a grant belongs to the view it grants.
GRANTED_QUALITIES = ("fair", "reasonable", "legitimate", "valid", "understandable", "serious", "real", "true",
                     "good", "right")
GRANTING_VERBS = ("understand", "appreciate", "respect", "accept", "acknowledge", "grant", "see", "share",
                  "sympathize with", "sympathise with", "take")
GRANTED_VIEWS = ("concern", "concerns", "worry", "worries", "point", "points", "argument", "arguments",
                 "objection", "objections", "fear", "fears", "view", "criticism", "question")
#: Opening a clause, these give a reason for the clause before (PDTB: Contingency.Cause.Reason; S&G backward
#: indicators "the reason is", "as a matter of fact", "due to the fact that").
REASON = ("because", "since", "after all", "given that", "seeing that", "now that", "due to the fact that",
          "the reason is", "one reason is", "this is because", "that is because", "as a matter of fact")
#: "for" gives a reason (PDTB: Contingency.Cause.Reason), except before these ("for example", "for the city"),
#: and before a word or two and a comma ("For many families, …"), where it frames the clause (see REASON_OPENING).
NOT_REASON_AFTER_FOR = ("example", "instance", "one thing", "one", "a", "the", "this", "that", "those", "these",
                        "many", "some", "all", "each", "every", "most")
#: After a comma, "for" before these frames what follows rather than giving a reason.
QUANTIFIERS_AFTER_FOR = ("most", "many", "some", "all", "each", "every", "others", "example", "instance")
#: Opening a clause, these give an example of the clause before (PDTB: Expansion.Instantiation; Biber:
#: apposition; Knott 1996's cue phrases "to take an example", "as an illustration").
EXAMPLE = ("for example", "for instance", "e.g.", "to illustrate", "as an illustration", "to take an example",
           "take the example of", "take the case of", "consider the example of", "consider the case of")
#: Opening a clause, these add a further point alongside the one before (PDTB: Expansion.Conjunction; Biber:
#: enumeration and addition; S&G backward indicators). "Likewise", "similarly" (PDTB: Comparison.Similarity)
#: are left out: they cost part 1's function 0.765 → 0.764.
ADDITION = ("furthermore", "further", "moreover", "also", "in addition", "additionally", "besides", "what is more",
            "what's more", "on top of that", "for one thing", "to begin with", "in the first place", "first of all",
            "secondly", "thirdly", "lastly", "finally", "another", "not only", "firstly", "first", "second")
#: After "and", these still add a point; a bare "and" links a co-premise (PDTB: Expansion.Conjunction).
AND_ADDITION = ("furthermore", "moreover", "also", "besides", "additionally", "secondly")
#: A bare link between co-premises (PDTB: Expansion.Conjunction, "and", "plus").
LINK = ("and", "plus")
#: Opening a clause, these refer back to the proposition before it, which the clause then develops
#: (Halliday & Hasan 1976: demonstrative reference; "This means…", "Such costs…").
DEMONSTRATIVES = ("this", "these", "such")
#: Opening a clause, these restate or narrow the one before (PDTB: Expansion.Restatement, Expansion.Instantiation).
RESTATING = ("in other words", "that is to say", "that is", "namely", "in particular", "specifically", "especially",
             "indeed")
#: Anywhere in a clause, these mark the conclusion the others lead to (PDTB: Contingency.Cause.Result; Biber:
#: result/inference and summation; S&G forward and thesis indicators, "in my opinion", "it seems to me").
CONCLUSION = (
    "therefore", "thus", "hence", "consequently", "accordingly", "thats why", "that's why", "that is why",
    "this is why", "which is why", "in conclusion", "to conclude", "in summary", "in sum", "all in all",
    "all things considered", "in short", "to sum up", "this shows that", "this means that", "it seems to me",
    "for these reasons", "for this reason", "as a result", "so we", "in my opinion", "in my view", "we must",
    "we should",
)
#: "I think", "I therefore believe": the author concluding (S&G thesis indicators; Hyland: self-mention).
AUTHOR_CONCLUDING = ("think", "believe", "am convinced", "feel", "would argue", "argue", "want to argue",
                     "want to make the case", "would like to make the case", "am making the case")
#: A heading or a paragraph's lead-in that names what follows as the text's position: a review's "Verdict:",
#: a memo's "Recommendation", a post's "Bottom line:" (the conventional sections of reviews, reports and memos).
#: Not "Conclusion" or "Summary": an essay's conclusion restates the thesis its introduction states.
CONCLUDING_LABELS = ("verdict", "the verdict", "our verdict", "my verdict", "recommendation", "recommendations",
                     "our recommendation", "my recommendation", "bottom line", "the bottom line", "short answer",
                     "the short answer", "my answer", "our view", "our position", "my position", "the takeaway",
                     "takeaway")
#: The author pronounces their position, insisting on it against other views (Martin & White 2005,
#: Engagement: proclaim, pronounce: "the truth of the matter is that", "I contend"): "The truth is that X".
PRONOUNCEMENTS = ("the truth is", "the simple truth is", "the truth of the matter is", "the fact is",
                  "the fact of the matter is", "the reality is", "the bottom line is", "make no mistake",
                  "let me be clear", "let us be clear", "let's be clear", "i contend", "i maintain", "i submit")
#: Opening a sentence, these mark it as continuing or concluding: labels shed them.
OPENERS = (
    "however", "moreover", "furthermore", "in addition", "additionally", "also", "besides", "but", "yet", "still",
    "thus", "therefore", "hence", "so", "consequently", "ultimately", "finally", "in the end", "in conclusion",
    "in short", "indeed", "in fact", "of course", "for instance", "for example", "similarly", "likewise",
    "nevertheless", "nonetheless", "admittedly", "granted", "today", "initially", "over time", "in the past",
    "as a result", "first of all", "to begin with", "in the first place", "firstly", "first", "secondly", "second",
    "thirdly", "third", "lastly", "in summary", "to conclude", "all in all", "to sum up",
)

# --- What ought to be ---------------------------------------------------------------------------------

#: "I think", "we believe": the author's own view (Hyland: self-mention; S&G first-person and thesis indicators).
AUTHOR = ("i", "we")
#: The author's own directive speech acts (Searle 1976): "I urge the council to…", "we call on them to…", "I can
#: only recommend it" (not "suggest": "I would suggest that this is needed" asserts), and
#: a letter's "I am writing … to urge you to…".
DIRECTIVES = ("urge", "call on", "call upon", "appeal to", "implore", "recommend", "ask you to", "ask that",
              "request", "are requesting", "am requesting", "ask for", "are asking for", "am asking for")
#: A modal that softens the author's directive: "I would urge", "I can only recommend" (Hyland: hedges).
DIRECTIVE_HEDGES = ("would", "can only", "must", "do")
#: What ought to be (deontic modals and evaluative verdicts; Biber: modals of obligation, stance
#: adjectives before an extraposed clause, "it is necessary/essential/important").
DEONTIC_MODALS = ("should", "must", "ought to", "shall")
IT_IS_VERDICTS = ("time", "necessary", "essential", "crucial", "important", "wrong", "right", "high time",
                  "unacceptable")
COPULAS = ("is", "are", "would be", "remains", "remain")
COPULA_ADVERBS = ("therefore", "thus", "also", "still", "not", "simply")
VERDICTS = ("the right", "the best", "the only", "the wrong", "necessary", "essential", "indispensable",
            "unacceptable", "wrong")
SENSIBLE = ("good", "bad", "sensible", "necessary")
MEASURES = ("idea", "thing", "step", "measure")
#: Weaker than a deontic modal: necessity that may only describe ("you have to scrape it off"; Biber: semi-modals).
NECESSITY = ("have to", "has to", "need to", "needs to", "needed", "necessary")

# --- Evidence -----------------------------------------------------------------------------------------

#: An example given (PDTB: Expansion.Instantiation; S&G backward indicators; Knott 1996; Hyland: code glosses).
EXAMPLE_MARKERS = ("for instance", "for example", "e.g.", "such as", "as evidence", "to illustrate", "case in point",
                   "as an illustration", "to take an example", "take the example of", "take the case of",
                   "consider the example of", "consider the case of")
#: A source, or a study and what it found (Hyland: evidentials; Hyland 1999 and T&Y: research acts, "show",
#: "find", "demonstrate", "reveal").
SOURCE_MARKERS = ("according to",)
STUDIES = ("studies", "research", "data", "evidence", "statistics", "surveys", "experiments", "figures")
FINDING_VERBS = ("show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests", "suggested",
                 "demonstrate", "demonstrates", "demonstrated", "indicate", "indicates", "indicated", "reveal",
                 "reveals", "revealed", "confirm", "confirms", "confirmed")
REPORTS = ("study", "survey", "report", "poll", "experiment", "analysis", "review")
REPORT_LINKS = ("by", "from", "of", "found", "shows")
#: "tools like PyTorch": "like" before a name gives an example, as "such as" does (informal; Quirk et al. 1985).
EXAMPLE_LIKE = ("like",)
#: A quantity with its unit: statistics as evidence.
FIGURE_UNITS = ("%", "percent", "per cent", "million", "billion", "trillion")
#: Opening a sentence, these look back on what happened: a precedent as evidence (PDTB: Temporal.Asynchronous,
#: "previously"; Biber: time adverbials).
LOOKING_BACK = ("in the past", "historically", "traditionally", "previously", "initially", "at first", "over time",
                "today")
SINCE = ("in", "since", "by")

# --- Remarks about the text itself --------------------------------------------------------------------

#: The text speaking of itself (Hyland: frame markers and endophoric markers, "this essay", "the following").
WRITINGS = ("op-ed", "essay", "article", "piece", "post", "letter", "column", "book", "paper", "speech")
WRITING_OPENS = ("begins", "opens", "starts", "concludes", "ends", "closes")
POSSESSIVES = ("his", "her", "their", "its", "the", "this", "my", "our")
WRITING_DOES = ("raises", "presents", "offers", "provides", "opens", "starts", "sparks", "prompts", "provokes")
ARGUMENT_LISTS = ("arguments", "reasons", "points")
HOW_MANY = ("following", "these", "several", "some", "many", "two", "three", "four", "five")

# --- Statements and questions (titles) ----------------------------------------------------------------

#: A title with one of these states something.
STATEMENT_VERBS = ("is", "are", "was", "were", "will", "would", "should", "must", "can", "could", "need", "needs",
                   "has", "have", "matters", "matter")
#: A title that opens with one of these asks.
QUESTION_OPENINGS = ("why", "how", "what", "when", "where", "who", "which", "is", "are", "do", "does", "can",
                     "should", "will")
#: A question that opens on one of these asks yes or no, or between alternatives ("Will X? Or will Y?") (Quirk
#: et al.: yes-no and alternative questions): it asks what the text goes on to argue and states no unit of
#: the argument; a negated one ("Is it not time…?") is rhetorical and asserts.
YES_NO_OPENINGS = ("am", "is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "must",
                   "may", "might", "do", "does", "did", "has", "have", "had")
#: A question may open on a discourse marker before its verb: "So, do we still need it?", "But is it fair?".
QUESTION_LEAD_INS = ("so", "and", "but", "well", "then", "now")
#: A sentence of nothing but one of these answers the question before it (Quirk et al.: reaction signals and
#: answer words); the sentence after it says what the answer is.
BARE_ANSWERS = ("yes", "no", "of course", "of course not", "absolutely", "absolutely not", "certainly",
                "certainly not", "not at all", "not really", "hardly", "indeed", "no way", "yes and no")
#: A text names its own title after these: 'an essay titled "…"'.
TITLE_VERBS = ("titled", "entitled", "headlined", "called")

# --- Labels -------------------------------------------------------------------------------------------

ATTRIBUTION_LINKS = ("that", "whether", "how", "why")
#: A link a label keeps, as the question it asks: "Others ask whether X" is "Whether X", not "X".
#: The first stands for the others ("wonder if X": "Whether X"), and for "that" after a doubt.
QUESTION_LINKS = ("whether", "if")
#: Frames that doubt what follows: "doubt that X" and "there are doubts that X" do not assert X.
DOUBTS = ("questions", "questioned", "questioning", "question", "doubts", "doubted", "doubting", "doubt", "asks",
          "asked", "asking", "ask", "wonders", "wondered", "wondering", "wonder", "unsure", "uncertain", "unclear",
          "sceptical", "skeptical")
#: Words that deny what follows them: a label never drops one, nor the frame that holds one.
NEGATIONS = ("not", "never", "no", "nobody", "no one", "none", "nothing", "nowhere", "neither", "nor", "cannot")
NEGATION_ENDINGS = ("n't", "n’t")
#: In a frame, these deny too: "Few believe that X" does not hold X.
FRAME_NEGATIONS = ("few", "hardly", "rarely", "seldom", "little")
#: The link of a frame that states its view ("argue that X"): dropped with the frame.
STATING_LINKS = ("that",)
#: "Some would argue X", "Critics say X": a frame without a link word, after who holds the view.
ATTRIBUTION_MODALS = ("might", "may", "could", "would", "will")
#: Discourse markers a label drops besides the openers of the cues: "And", "That's why", "In my view".
LABEL_MARKERS = (
    "and", "or", "that's why", "that’s why", "thats why", "that is why", "this is why", "which is why",
    "after all", "all in all", "above all", "to sum up", "in sum", "in summary", "in my opinion", "in my view",
    "on the other hand", "on the contrary", "what is more", "on top of that", "for one thing", "at the same time",
    "even so", "all the same", "that said", "instead", "in any case", "in other words", "to begin with",
    "overall", "accordingly", "plus", "actually", "clearly", "obviously", "basically", "frankly", "honestly",
    "first of all", "apart from that", "besides that", "meanwhile", "in the meantime",
)
#: Interjections a label drops when a comma follows: "Yes, …", "True, …".
LABEL_INTERJECTIONS = ("yes", "well", "true", "sure", "okay", "ok")
#: Opening a clause that a comma closes, these put the main clause after it: "As costs rise, X", "In 2010, X".
LEAD_IN_OPENINGS = (
    "although", "though", "even though", "even if", "while", "whilst", "whereas", "as long as", "as", "if", "when",
    "whenever", "once", "since", "because", "after", "before", "until", "unless", "given", "despite", "in spite of",
    "in", "on", "at", "for", "with", "without", "by", "from", "through", "during", "under", "over", "among",
    "between", "beyond", "within", "across", "like", "unlike", "compared to", "according to",
)
#: Where a label may end without a comma before: a subordinate clause or a relative clause after a preposition.
CLAUSE_BOUNDARIES = (
    "because", "although", "though", "even though", "even if", "whereas", "unless", "whenever", "when", "while",
    "whilst", "so that", "as long as", "until", "since", "if", "where", "in which", "at which", "for which",
    "by which", "through which", "of which", "to which", "on which", "with which",
)
#: Before these a clause may end, its trailing phrase dropped ("… covered by a rise in rent over the lease"):
#: prepositions that mostly open an adjunct. Not "of", "to", "from" and "into", which mostly complete what
#: comes before ("stop them from …", "turn it into …").
#: (Sentence compression drops such phrases first: Knight & Marcu 2002; Clarke & Lapata 2008.)
PHRASE_PREPOSITIONS = ("in", "on", "at", "for", "by", "with", "over", "during", "after", "before", "through",
                       "under", "within", "across", "towards", "toward", "against", "among", "between", "around",
                       "throughout", "despite", "via")
#: After a past form that opens a sentence, these show a participle framing it ("Based on…", "Built in 1890,"),
#: not a log entry's verb and its object ("Fixed a crash").
NOT_AN_OBJECT = PHRASE_PREPOSITIONS + ("to", "as", "that", "about", "upon")
#: Auxiliary verbs (of tense, aspect, voice, mood).
AUXILIARIES = ("is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "should",
               "must", "may", "might", "shall", "has", "have", "had", "do", "does", "did", "to")
#: A label does not end on the verb right after these: "The path will depend" is no phrase (after a form of
#: "be" the word is a complement, "This approach is crucial", and may end one).
VERB_NEEDING = ("will", "would", "can", "could", "should", "must", "may", "might", "shall", "has", "have", "had",
                "do", "does", "did", "to")
#: "… and it takes energy": a clause of its own after a coordinator, when a subject pronoun opens it.
CLAUSE_COORDINATORS = ("and", "but", "or", "yet", "so")
#: After a comma, these open a clause of their own whatever follows: "X, but Y".
CONTRAST_COORDINATORS = ("but", "yet", "so")
SUBJECT_PRONOUNS = ("i", "we", "you", "he", "she", "it", "they", "this", "there", "these", "those")
#: "concerns about the potential for …": what a concern is about.
CONCERN_ABOUT = ("about", "over", "that")
POSSIBILITIES = ("potential", "possibility", "risk")
#: Where a trailing clause of a label begins, after a comma: participles, relatives, conjunctions.
TRAILING_CLAUSES = ("posing", "leading", "ensuring", "thereby", "thus", "which", "while", "bringing", "making",
                    "allowing", "driven", "as", "who", "and thus", "and thereby", "just as", "because", "since",
                    "so that", "such as", "including", "according to", "each", "where", "whereby", "although",
                    "even though", "even if", "whereas", "unless")
#: Between commas inside a clause, these are asides a label drops: "X, though, is Y", "X, in turn, is Y".
INNER_MARKERS = ("though", "however", "therefore", "then", "in turn", "in particular", "of course", "too")
#: Opening a relative clause between commas: "Plastics, which do not rot, stay".
RELATIVES = ("which", "who")
#: A clause whose tail went does not end on these: "…, for, as the scandal showed, …" leaves "…, for".
DANGLING = ("and", "or", "but", "for", "so", "yet", "nor", "because", "as", "while", "when", "if", "that", "which",
            "who", "whose", "where")
#: Words in "-ing" that are no participle: after a comma they do not open a trailing clause.
NOT_PARTICIPLES = ("during", "nothing", "something", "anything", "everything", "thing", "things", "king", "kings",
                   "spring", "morning", "evening", "ring", "sing", "bring", "string", "wing", "ceiling")
#: Opening an apposition after an opening phrase: "With the release of X, the first model of its kind, …".
APPOSITION_OPENINGS = ("a", "an", "the")
#: A label cut short does not end on these.
WEAK_ENDS = (
    "a", "an", "the", "of", "to", "in", "on", "for", "by", "with", "and", "or", "but", "as", "at", "from", "that",
    "which", "who", "whose", "its", "their", "his", "her", "our", "your", "this", "these", "those", "is", "are",
    "was", "were", "be", "been", "will", "would", "can", "could", "should", "must", "may", "might", "not",
    "just", "only", "merely", "very", "too", "even", "so", "more", "most", "less", "both", "either", "than",
    "into", "about", "through", "over", "between", "among", "within", "such", "if", "when", "because", "while",
    "where", "i", "we", "you", "he", "she", "they", "has", "have", "had", "do", "does", "did", "being",
    "every", "each", "any", "some", "no", "all", "my", "gets", "get", "got", "makes", "make",
)

# --- Clauses: where a sentence divides ----------------------------------------------------------------

#: After a comma or semicolon, these open a clause of their own (PDTB: the subordinating and coordinating
#: connectives of Contrast, Concession, Cause and Condition).
CLAUSE_OPENINGS = ("but", "yet", "because", "since", "for", "although", "though", "whereas", "while", "unless",
                   "so that")
AND_CLAUSE = ("furthermore", "moreover", "also", "therefore", "thus", "so", "besides", "secondly")
CLAUSE_OPENINGS_AFTER = ("and thus", "and therefore", "which is why", "so")
#: These open a clause even without a comma before them.
BARE_CLAUSE_OPENINGS = ("unless", "because", "although", "whereas")
#: A sentence that opens with one of these divides at its first comma: "Although A, B" (PDTB: Concession).
SUBORDINATORS = ("although", "though", "even if", "even though", "while", "whilst", "whereas", "despite")
#: These open a clause of time or condition, which divides only where it reports the other side's view
#: ("When people say that X, they forget…").
FRAMING_SUBORDINATORS = ("when", "whenever", "if")

# --- Whether a text argues at all (app.mining.argues) ---------------------------------------------------
# A sentence takes a stance (stance markers after Biber et al. 1999, Longman Grammar of Spoken and Written
# English, ch. 12: modals, evaluative words, stance adverbials, the writer's verbs of thinking; and the Penn
# Discourse Treebank's contingency and comparison connectives), or it tells, instructs or specifies (the
# narrative and procedural discourse of Longacre 1996, The Grammar of Discourse; the narrative, report and
# description modes of Smith 2003, Modes of Discourse), or neither.

#: Anywhere in a sentence, these give a reason, draw a conclusion or set one view against another.
ARGUING_CONNECTIVES = ("because", "but", "although", "though", "however", "whereas", "even if", "unless",
                       "otherwise", "instead", "rather than", "nevertheless", "nonetheless")
#: Comparison, before "than".
COMPARATIVES = ("more", "less", "fewer", "better", "worse")
#: Modal verbs: what can, may, would or must be (possibility, prediction, obligation).
STANCE_MODALS = ("can", "cannot", "could", "might", "would", "should", "must", "ought")
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
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                "thousand", "dozen")
#: A figure, or one of these words standing alone: "at ten o'clock", "ten countries"; not the kind a compound
#: names ("a four-day week", "the morning-after pill").
REPORT_ANCHOR = r"\d|\b(?:{CALENDAR_WORDS}|{NUMBER_WORDS})\b(?![-‐])|\b(?:in|of|by|until|since) may\b"
#: A sentence that gives a reason, draws a conclusion or sets one view against another.
REASONING = r"\b(?:{ARGUING_CONNECTIVES}|{CONCLUSION})\b"
#: "It is time we acted": the past form after it asks for an act, it tells nothing that happened.
IT_IS_TIME = r"\bit(?: is|['’]s) (?:{TIME_DEGREES} )?time\b"
TIME_DEGREES = ("high", "about", "now")
TIME_WORD = ("time",)
#: A sentence that carries one of these words takes a stance, whatever else it does.
STANCE_WORDS = r"\b(?:{EVALUATIVE}|{STANCE_ADVERBS})\b"
AUTHOR_VIEW = r"\b{AUTHOR}(?: {AUTHOR_DEGREES})? {STANCE_VERBS}\b"
#: The author's view as the frame of a clause ("I think the plan fails"), not a parenthetical ("…, I know, but…").
AUTHOR_VIEW_FRAME = AUTHOR_VIEW + r"(?!\s*[,.;:!?)])"
#: A quotation and who said it: news quotes its sources ('"We know this is a hard hit," Kim said.').
QUOTED_SPEECH = r"^[\"“][^\"“”]{2,}[\"”],?\s+[^\"“”]{0,60}?\b(?:{REPORTING_VERBS})\b[^\"“”]{0,60}$"
#: Connectives, modals, negation, comparison ("cost more than they save": Hunston & Thompson 2000, comparators
#: of evaluation) and a point granted ("Sure, some things are harder": M&W, concede) take a stance in a sentence
#: that does not report ("a bus could leave at ten" reports a timetable; "a bus could be free" argues).
STANCE_GRAMMAR = (
    r"\b(?:{ARGUING_CONNECTIVES}|{CONCLUSION}|{STANCE_MODALS}|{NEGATIONS})\b|n['’]t\b|"
    r"\b(?:{COMPARATIVES})\b[^.;:]{0,40}?\bthan\b|^(?:{CONCESSIVE_OPENINGS}|{CONCEDING_REPLIES}|sure),|"
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
ABBREVIATIONS = """mr mrs ms dr prof sr jr st mt vs etc e.g i.e cf al approx dept est inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec p ed eds gen gov sen rep
    u.s u.k u.n e.u a.m p.m ph.d""".split()
#: Abbreviations only before a number ("No. 5", "pp. 3-9", "Fig. 2"): elsewhere the word ends a sentence ("No. It is").
NUMBER_ABBREVIATIONS = ("no", "nos", "vol", "vols", "pp", "fig", "figs")
#: Capitalised after an abbreviation's period, these open a new sentence: pronouns, determiners and
#: connectives, which no name or title that an abbreviation introduces begins with ("Dr. Smith", "U.S. Army").
SENTENCE_OPENINGS = ("the", "this", "that", "these", "those", "it", "its", "we", "they", "he", "she", "you",
                     "there", "but", "and", "yet", "so", "if", "when", "while", "what", "why", "how", "however",
                     "our", "their", "his", "her", "my", "your", "in", "on", "at", "as", "many", "most",
                     "some", "all", "no", "not", "then", "now", "after", "before")
#: Letters open and close with these (the conventions of correspondence, as in letter-writing guides).
SALUTATIONS = ("dear", "hello", "hi")
#: A letter or a message names what it answers on a line of its own: "Re: 'Bike lanes…' (March 3)".
REFERENCE_OPENINGS = ("re", "subject", "regarding")
VALEDICTIONS = ("yours faithfully", "yours sincerely", "yours truly", "yours", "sincerely yours", "sincerely",
                "faithfully", "respectfully", "best regards", "kind regards", "warm regards", "regards",
                "best wishes", "with best wishes", "many thanks", "thanks", "thank you", "cheers")
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
    "full archive", "latest posts", "posted in", "filed under", "repost", "in the comments", "follow me",
    "min read",
)

# --- Cues: weighed patterns ---------------------------------------------------------------------------
# Each cue: (name, weight, reason, pattern[, needs]). A sentence's score for a kind is the sum of the
# weights of its cues; the strongest one says why. ``needs`` names a list one of whose phrases every
# match holds: a sentence without the first word of any of them is passed over without the pattern.

#: A view reported at a distance: "the council claims that", "there is the claim that" (the author will answer it).
DISTANCED_VIEW = (r"\b(?!(?:i|we|{SUBJECT_ADVERBS})\b)[a-z]+(?: {SUBJECT_ADVERBS})? {DISTANCING_VERBS} that\b|"
                  r"\bthe (?:{DISTANCING_VERBS}|{DISTANCING_NOUNS}) that\b")
#: Someone other than the author holds the view: a counterclaim.
OPPOSING = (
    ("critics", 3.0, "attributed to critics",
     r"\b{CRITICS}\b[^.;:]{0,40}?\b(?:{REPORTING_VERBS}|{OBJECTING_TOO})\b", "CRITICS"),
    ("some say", 3.0, "attributed to others", r"\b{SOME}(?: {SOME_WHO})?\s+{SOME_VERBS}\b", "SOME"),
    ("distance", 2.5, "a view reported at a distance", DISTANCED_VIEW, "DISTANCING_WORDS"),
    ("it is said", 2.5, "attributed to an unnamed voice",
     r"\bit (?:is|has been) (?:{PASSIVE_HOW_OFTEN} )?{PASSIVE_REPORTS}\b"),
    ("concerns", 2.5, "a concern others raise",
     r"\b{EXISTENTIAL} (?:are|is|have been) (?:{CONCERN_DEGREES} )?{CONCERNS}\b", "EXISTENTIAL"),
    ("objection", 2.5, "an objection the text anticipates",
     r"\b{OBJECTORS} {MODALS_OF_POSSIBILITY} {HOLDING_VERBS}\b", "OBJECTORS"),
    ("admittedly", 2.0, "a concession", r"^{CONCESSIVE_OPENINGS}\b", "CONCESSIVE_OPENINGS"),
)
#: The text answers an objection: a rebuttal.
#: A short verdict on the view just stated, opening the unit: "He is wrong.", "This is simply not the case.",
#: "This gets it backwards."
DENIAL = (r"(?:^|\b(?:{AUTHOR}) (?:think|believe) (?:that )?)(?:{DENYING_SUBJECTS})"
          r"(?:['’]s| is| are| was| were| (?:{GETTING}) it| (?:{GETTING})(?: [a-z]+){1,6}?)? (?:{DENIAL_DEGREES} )?"
          r"(?:{DENIAL_VERDICTS})\b(?! (?:to|that)\b)|"  # not "It is wrong to tax food", a verdict of its own
          r"\bthe (?:{REJECTED_VIEWS}) that\b[^.;]{0,120}?\b(?:is|are|was|were) (?:{DENIAL_DEGREES} )?"
          r"(?:{DENIAL_VERDICTS})\b")  # "the claim that the course loses money is misleading"
#: The other view's holders, opening a clause, get something wrong: the author answers them ("they forget that").
HOLDERS_FAIL = r"^(?:they|{CRITICS})\s+{HOLDERS_FAILING_VERBS}\b"
ANSWERING = (
    ("addresses", 3.0, "answers a concern", r"\b{ANSWER_VERBS}\b[^.;]{0,30}?\b{OBJECTIONS}\b", "ANSWER_VERBS"),
    ("mitigates", 2.0, "says a risk is reduced",
     r"\b{REDUCING_VERBS}\s+(?:{RISK_QUALIFIERS} )*{RISKS}\b", "REDUCING_VERBS"),
    ("overlooks", 2.5, "says the objection fails",
     r"\b(?:this|that|such (?:a |an )?\w+|the {ARGUMENT_NOUNS})\s+{FAILING_VERBS}\b", "FAILING_VERBS"),
    ("denies", 2.5, "denies the view before it", DENIAL, "DENYING_WORDS"),
    ("holders fail", 2.5, "says the other side gets it wrong", HOLDERS_FAIL, "HOLDERS_FAILING_VERBS"),
)
#: Examples, figures, named cases, history: evidence.
EVIDENCE = (
    ("example", 3.0, "example", r"\b{EXAMPLE_MARKERS}\b", "EXAMPLE_MARKERS"),
    ("source", 3.0, "cites a source",
     r"\b(?:{SOURCE_MARKERS}|{STUDIES} {FINDING_VERBS}|an? (?:[\w-]+ ){0,2}{REPORTS} {REPORT_LINKS})\b"),
    # A percentage or a sum, a version or dotted number, a number with a unit ("405b", "20x").
    ("figure", 1.5, "figures", r"(?:\d[\d,.]*\s?{FIGURE_UNITS}|[$€£]\s?\d|\b\d+(?:\.\d+)+\b|\b\d{2,}[A-Za-z]+\b)"),
    # Two or more capitalised names, each followed by a comma: "Oslo, Seoul, and Lyon".
    ("named cases", 2.0, "named cases",
     r"(?-i:\b(?:[A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+)*,\s){2,}(?:and\s)?(?:other\s)?[A-Z\w][\w.&-]*)"),
    # A plural noun, then "like" and a name: "countries like Denmark" (not "is like", "I like Paris").
    ("like", 2.0, "named cases", r"(?-i:\b[A-Za-z][a-z]{2,}s {EXAMPLE_LIKE} [A-Z][\w.&-]+)", "EXAMPLE_LIKE"),
    ("history", 1.5, "historical record",
     r"^(?:{LOOKING_BACK}|in (?:the )?(?:\d{4}s?|early|late))\b|\b{SINCE} (?:1[89]|20)\d\d\b"),
)
# --- Patterns over the lists above --------------------------------------------------------------------

#: Sentences about the text itself ("This essay argues …", "the following arguments:"): no unit.
REMARK = (
    r"\b{WRITING_OPENS} {POSSESSIVES} {WRITINGS}\b|"
    r"\b(?:in this|this) {WRITINGS_NAMED}\b|"
    r"\b(?:its|their|his|her) {CRITICS}\W*$|"
    r"\b{WRITINGS_ACTING}\b[^,.]{0,40}?\b{WRITING_DOES}\b|"
    r"\b{HOW_MANY} (?:\w+ )?{ARGUMENT_LISTS}\s*:\s*$"
)
#: Opening a sentence: what announces the text's next step, thanks or greets, or a note in brackets ("[Applause]").
#: (Apart from REMARK, which is searched for: an alternative tied to the start would slow every search of it.)
REMARK_OPENING = (
    r"^(?:(?:{ANNOUNCING})\b|(?:{PHATIC})\b(?! to\b)|"  # not "Thanks to the new law, crime fell."
    r"\[[^\[\]]*\]\W*$)"
)
#: Opening a sentence, these thank or greet (phatic speech acts: Malinowski 1923; Searle 1976, expressives).
PHATIC = ("thank you", "thanks", "good morning", "good afternoon", "good evening", "hello", "welcome")
#: Opening a sentence, these announce what the text does next (Hyland 2005, metadiscourse: frame markers).
ANNOUNCING = ("here is why", "here's why", "here’s why", "here is how", "here's how", "here’s how",
              "let me explain", "let me tell you why")
WRITINGS_NAMED = ("op-ed", "essay", "article", "piece", "post", "column")
WRITINGS_ACTING = ("op-ed", "essay", "article", "piece", "column", "book", "paper", "speech")

#: Inside a sentence, after its first clause, these set two facts side by side (PDTB: Comparison.Contrast)
#: rather than grant the other side a point.
WHILE_OPENING = r"^(?:while|whilst|whereas)\b"
#: Opening a unit: a concession of the other side's point.
CONCESSION_OPENING = (
    r"^(?:{CONCEDING_REPLIES},|(?:{CONCESSION}|it {MODALS_OF_POSSIBILITY} (?:well )?be (?:true|argued|said)|"
    r"there {MODALS_OF_POSSIBILITY} be)\b)"
)
#: A unit that only grants the view before it: the grant, then the clause's end.
GRANT = (
    r"^(?:(?:yes|well|sure),? |(?:on|in) (?:[a-z]+ ){1,3}?,?)?"
    r"(?:(?:this|that|it)(?: is|'s|’s| sounds| seems)(?: (?:a|an|perfectly|entirely|partly|certainly|quite|very))*"
    r" {GRANTED_QUALITIES}(?: {GRANTED_VIEWS})?|"
    r"(?:i|we) (?:(?:can|do|fully|certainly) )?{GRANTING_VERBS} (?:that|this|the|their|his|her|your|such)"
    r"(?: [a-z]+)? {GRANTED_VIEWS}|"
    r"(?:i|we) (?:have|feel) (?:[a-z]+ )?sympathy (?:for|with) (?:that|this|the|their|such)(?: [a-z]+)? "
    r"{GRANTED_VIEWS}|fair enough|point taken|granted)[.,;:!]*$"
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
#: The other side named or left unnamed, and how it holds its view (M&W: attribute; T&Y; Hyland 1999).
OPPONENTS = ("advocates of", "proponents of")
MOST = ("some", "many", "most", "few", "other")
GROUPS = ("people", "voices", "observers", "experts", "commentators")
GROUP_VERBS = ("say", "think", "believe", "argue", "claim", "contend", "feel", "fear", "object", "maintain", "hold")
THEY = ("others", "they", "people", "one")
THEY_HOW = ("often", "sometimes", "may", "might", "could", "would")
HYPOTHETICAL_MODALS = ("may", "might", "could", "would")
CONTRAST_OPENING = r"^(?:{CONTRAST}|{CONTRAST_MORE})\b"
REASON_OPENING = r"^(?:{REASON}|for(?! {NOT_REASON_AFTER_FOR}\b)(?! [^\s,]+(?: [^\s,]+)?,))\b"
EXAMPLE_OPENING = r"^{EXAMPLE}\b"
ADDITION_OPENING = r"^(?:and {AND_ADDITION}|{ADDITION})\b"
LINK_OPENING = r"^{LINK}\b(?! {AND_ADDITION})"
REFERS_BACK = r"^(?:{DEMONSTRATIVES}|{RESTATING})\b"
CONCLUSION_MARK = r"\b(?:{CONCLUSION}|i (?:therefore )?{AUTHOR_CONCLUDING})\b"
CONCLUDING_LABEL = r"^(?:\d+[.)]?\s+)?{CONCLUDING_LABELS}[.:!]?$"
#: A paragraph's lead-in that names what follows as a view the text answers, or as its answer: the pairs of a
#: myth-busting piece ("Myth: … / Fact: …", "Claim: … / Reality: …"), a convention of fact-checking.
VIEW_LABELS = ("myth", "the myth", "claim", "the claim", "misconception", "objection", "they say")
ANSWER_LABELS = ("fact", "the fact", "reality", "the reality", "truth", "the truth", "response", "our answer")
VIEW_LABEL = r"^{VIEW_LABELS}:?$"
ANSWER_LABEL = r"^{ANSWER_LABELS}:?$"
#: The author tells of themselves: "I've managed teams for twelve years", "When I was eight, …" (a credential or
#: an anecdote, in a unit that reports: Labov's narrative, Hyland's self-mention).
AUTHOR_STORY = r"^(?:(?:when|as|since|after|before) )?(?:{AUTHOR})(?:['’](?:ve|d|m)\b|\b)"
#: A sentence that opens by pronouncing: "The truth is that X".
PRONOUNCING = r"^{PRONOUNCEMENTS}\b"
#: The author's own directive: "I (strongly) urge…", "I am writing … to urge you to…".
DIRECTIVE_MARK = (  # not in a clause of time or condition: "every time I recommend one" recommends nothing now
    r"(?:{AUTHOR})(?<!time i)(?<!when i)(?<!if i)(?<!time we)(?<!when we)(?<!if we)"
    r"(?: [a-z]+ly)?(?: {DIRECTIVE_HEDGES})? (?:{DIRECTIVES})|"
    r"(?:{AUTHOR}) (?:am |are )?writ(?:e|ing)\b[^.;]{0,80}? to (?:{DIRECTIVES})|"
    r"(?:{AUTHOR})(?: am| are|['’]m|['’]re) here\b[^.;]{0,40}? to (?:{DIRECTIVES})"
)
DEONTIC_MARK = (
    r"\b(?:{DEONTIC_MODALS}|it is {IT_IS_VERDICTS}|" + DIRECTIVE_MARK + "|"
    r"{COPULAS}(?: \w+ly| {COPULA_ADVERBS})? (?:{VERDICTS}|a {SENSIBLE} {MEASURES}))\b"
)
NECESSITY_MARK = r"\b{NECESSITY}\b"
#: Where a sentence divides into two units: a connective after a comma, semicolon or colon.
#: Not before "for" and a short phrase that ends the sentence ("Perhaps it would, for a while."): no clause follows.
#: Not before "but only": "X, but only the ones that…" restricts X, and is one claim with it. Not before a "for"
#: before a quantifier ("…: for most households, an adult cat is better"; but "…, for that course can only lead
#: to…" gives a reason).
SPLIT_AFTER_COMMA = (r"[,;:]\s+(?!{EXAMPLE}\b)(?!for(?: [^\s,;]+){1,3}\W*$)(?!but only\b)"
                     r"(?!for (?:{QUANTIFIERS_AFTER_FOR})\b)(?!for [^\s,]+(?: [^\s,]+)?,)"  # "for most households, …"
                     r"(?=(?:{CLAUSE_OPENINGS}|and {AND_CLAUSE}|{CLAUSE_OPENINGS_AFTER})\b)")
#: Not after "not" or "but": "not because X but because Y" gives one reason, set against another.
SPLIT_BARE = r"(?<!\bnot)(?<!\bbut)\s+(?={BARE_CLAUSE_OPENINGS}\b)"
#: Before a cut, a copula (and an adverb) makes the clause after it its complement: "It is (usually) because X"
#: says what the reason is, in one clause.
COPULA_BEFORE = r"\b(?:is|are|was|were)(?: [a-z]+ly| often| only)?$"
#: "Although A, B": the concessive clause A ends at its first comma.
SUBORDINATE = r"{SUBORDINATORS}\b[^,]*,\s+"
FRAMING_SUBORDINATE = r"{FRAMING_SUBORDINATORS}\b[^,]*,\s+"
#: The holders of the other view get something wrong: the author answers them ("critics forget that").


#: Labels: a leading attribution ("Critics argue that", "There are concerns about the risk of").
#: ``frame`` is who holds the view and how, ``link`` the word that joins the view ("that", "whether").
ATTRIBUTION = (
    r"^(?:(?P<frame>[^,;:]{0,80}?\b(?P<verb>{REPORTING_VERBS}|{NOTING_VERBS}|{DOUBTING_VERBS}|{DOUBTS}))\s+"
    r"(?:{INDIRECT_OBJECTS}\s+)?(?:[a-z]+ly\s+)?(?P<link>{ATTRIBUTION_LINKS}|{QUESTION_LINKS})\s+|"
    r"(?P<there>{EXISTENTIAL} (?:are|is|have been) (?:{CONCERN_DEGREES} )?{CONCERNS}) {CONCERN_ABOUT} "
    r"(?:the {POSSIBILITIES} (?:for|of|that) )?)"
)
#: Labels: where a trailing clause begins; all from there on goes.
TAIL = r",\s+(?:{TRAILING_CLAUSES}\b|(?!{NOT_PARTICIPLES}\b)[a-z]+ing\b)|;|\s+—|\s+–\s|\s+-\s"
#: Labels: a frame without a link word: "Some would argue", "Critics say".
BARE_ATTRIBUTION = (
    r"^(?:(?:{SOME}|{CRITICS}|{OBJECTORS})(?: {SOME_WHO})?|{SOME_WHO}) (?:{ATTRIBUTION_MODALS} )?"
    r"{HOLDING_VERBS}\s+(?!{ATTRIBUTION_LINKS}\b)"
)
#: Labels: a reported view's aside, "This approach, he notes, was …", or its opening "He believes, …".
ASIDE = r"(?:^|,\s+)(?:[^\s,]+\s+){0,2}?(?:{REPORTING_VERBS}|{NOTING_VERBS}),\s*"
#: Labels: a discourse marker at the start: an opener of the cues, a marker of labels, an interjection.
LABEL_MARKER = (
    r"^(?:(?:{OPENERS}|{LABEL_MARKERS}|{CONCESSIVE_OPENINGS})(?:\s*,\s*|\s+)|{LABEL_INTERJECTIONS}\s*,\s*)"
)
#: Labels: an opening subordinate clause or prepositional phrase, to its comma.
#: Then an apposition without a verb ("the first of its kind,") or a relative clause ("which failed,").
LEAD_IN = (
    r"^{LEAD_IN_OPENINGS}\s[^,;:]{1,150}?,\s+"
    r"(?:{APPOSITION_OPENINGS}(?:\s(?!{AUXILIARIES}\b)[^,;:\s]+){1,6},\s+|{RELATIVES}\s[^,;:]{1,100}?,\s+)?"
)
#: Labels: an aside between two dashes of one kind, as between brackets ("What it offers — free help — has
#: not"), unless a coordinated clause follows the second dash ("— we must act — and soon") or a figure stands
#: before a hyphen ("10 - 20").
DASH_ASIDE = (
    r"\s*—\s*[^—]+?\s*—\s*(?!{CLAUSE_COORDINATORS}\b)|\s+–\s+[^–]+?\s+–\s+(?!{CLAUSE_COORDINATORS}\b)|"
    r"(?<!\d)\s+-\s+[^-]+?\s+-\s+(?!{CLAUSE_COORDINATORS}\b)"
)
#: Labels: a relative clause between commas, inside a clause: "Plastics, which do not rot, stay".
INNER_RELATIVE = r",\s+{RELATIVES}\s[^,;:]{1,100}?,\s+"
#: Labels: a discourse marker inside the clause, between commas: "X, for instance, offers Y".
INNER_MARKER = r",\s+(?:{OPENERS}|{LABEL_MARKERS}|{INNER_MARKERS}),\s+"
#: Labels: where a clause may end, without a comma or after one.
BOUNDARY = (
    r"\s+(?={CLAUSE_BOUNDARIES}\s)|,?\s+(?={CLAUSE_COORDINATORS}\s+{SUBJECT_PRONOUNS}\s)|"
    r",\s+(?={CONTRAST_COORDINATORS}\s)|\s+(?=but (?!to ){AUXILIARIES} )|\s*\(|:\s|"
    r"(?P<listed>,\s+(?={CLAUSE_COORDINATORS}\s))"
)
NEGATION = r"\b{NEGATIONS}\b|{NEGATION_ENDINGS}"
#: Labels: where a trailing phrase may go, before its preposition.
PHRASE_BOUNDARY = r"\s+(?={PHRASE_PREPOSITIONS}\s)"
FRAME_NEGATION = r"\b(?:{NEGATIONS}|{FRAME_NEGATIONS})\b|{NEGATION_ENDINGS}"

#: Titles: a statement, and a question.
STATEMENT = r"\b{STATEMENT_VERBS}\b"
QUESTION = r"^{QUESTION_OPENINGS}\b"
OPEN_QUESTION = r"^(?:{QUESTION_LEAD_INS},?\s+)?(?:or\s+)?{YES_NO_OPENINGS}\b"
BARE_ANSWER = r"^(?:(?:the )?short answer:\s*|in a word:?\s*)?{BARE_ANSWERS}[.!]*$"
ANSWER_OPENING = r"^{ASSENTING}\b"
QUOTED_TITLE = r"\b{TITLE_VERBS}\s+[\"“‘']([^\"”’'\n]{3,120}?)[,.]?[\"”’']"
#: Ingest: bylines, dates and page furniture.
#: A letter's greeting on a line of its own: "Dear Editor,", "To the Editor:", "To whom it may concern:".
SALUTATION = (r"^(?:{SALUTATIONS})\s[^\n,;!?]{1,40}[,:!]?$|^to (?:whom it may concern|the editors?)[,:.]?$|"
              r"^to the [^\n,;!?.]{1,50}[,:]$")  # "To the Customer Care Team at Brightwell Home,"
#: A letter's reference line: "Re: \"Bike lanes are strangling Main Street\" (March 3)".
REFERENCE_LINE = r"^(?:{REFERENCE_OPENINGS})\s*:\s"
#: A letter's close and the name and address under it: "Yours faithfully,\nMargaret Okafor".
SIGN_OFF = r"^(?:{VALEDICTIONS})[,.!]?[ \t]*(?:\n|$)"
BYLINE = r"^{BYLINES}\s+\S+(?:\s+\S+){0,3}$"
#: A comment's or a post's header: its author and when it was posted, "dkessler · 4 hours ago", "Posted 2 days ago".
POSTED_LINE = (r"(?:\b(?:\d+|an?|one|{NUMBER_WORDS}) {TIME_UNITS}s? ago|\bjust now|\s[•·|]\s*\d+[mhdw])\s*$")  # no stop
#: A line that tells where and when a post was made: "Posted in r/AmIWrong by u/pan • 6h".
DATE = (
    r"^(?:{WEEKDAYS}day,?\s+)?"
    r"(?:{MONTHS}\.?\s+\d{1,2}{ORDINAL_SUFFIXES}?,?\s+\d{4}"
    r"|\d{1,2}\s+{MONTHS}\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?[.\s]*$"
)
#: A short line that ends on a date, with no stop: a dateline under a title ("Public comment period, February 12").
DATELINE = r"\b(?:{MONTHS}\.?\s+\d{1,2}{ORDINAL_SUFFIXES}?(?:,?\s+\d{4})?|\d{1,2}\s+{MONTHS}\.?(?:,?\s+\d{4})?)\s*$"
FURNITURE = r"\b{PAGE_FURNITURE}\b"
