"""The miner on texts of other shapes than the seed: its rules are general, not fitted to one article."""

from pathlib import Path

import networkx as nx

from app.ingest import ingest
from app.mining import mine

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def load(name: str) -> nx.DiGraph:
    return mine(ingest((FIXTURES / name).read_text(encoding="utf-8")))


def node(graph, words):
    found = [n for n, a in graph.nodes(data=True) if words in a["text"]]
    assert len(found) == 1, f"{words!r} is in {len(found)} nodes"
    return found[0]


def kind(graph, words):
    return graph.nodes[node(graph, words)]["kind"]


def edge(graph, source_words, target_words):
    return graph.edges[node(graph, source_words), node(graph, target_words)]["kind"]


def central(graph):
    (c,) = [n for n, a in graph.nodes(data=True) if a["kind"] == "central_claim"]
    return graph.nodes[c]


def test_essay_without_a_list_critics_say_and_however():
    g = load("no_list.txt")
    assert central(g)["text"] == "Companies should adopt the four-day work week."
    assert g.graph["title"] == "Four-Day Weeks Make Better Workers"
    # Each body paragraph's opening sentence is a reason for the thesis.
    assert edge(g, "A shorter week makes employees more productive", "Companies should adopt") == "supports"
    assert edge(g, "A four-day week also helps companies hire", "Companies should adopt") == "supports"
    # "For example" with figures is evidence for the claim just before it, in its paragraph.
    assert kind(g, "For example, a 2022 trial") == "evidence"
    assert edge(g, "For example, a 2022 trial", "When people know their time is limited") == "supports"
    assert edge(g, "When people know their time is limited", "A shorter week makes employees") == "supports"
    # "Critics say" opens an objection; "However" answers it.
    assert kind(g, "Critics say that") == "counterclaim"
    assert edge(g, "Critics say that", "Companies should adopt") == "attacks"
    assert kind(g, "However, staggered schedules") == "rebuttal"
    assert edge(g, "However, staggered schedules", "Critics say that") == "attacks"
    # "since" gives a reason for the answer: a unit of its own inside the sentence.
    assert edge(g, "since teams can rotate", "However, staggered schedules") == "supports"
    texts = " ".join(a["text"] for _, a in g.nodes(data=True))
    assert "By Jane Roe" not in texts and "March 3, 2025" not in texts and "Share this" not in texts


def test_markdown_objection_answered_after_however():
    g = load("however_objection.txt")
    c = central(g)
    assert c["label"] == "Schools Must Teach Coding"
    assert "Every secondary school must teach coding to all students." in c["text"]
    assert kind(g, "Some people believe") == "counterclaim"
    assert edge(g, "Some people believe", "Every secondary school") == "attacks"
    assert kind(g, "However, the logic") == "rebuttal"
    assert edge(g, "However, the logic", "Some people believe") == "attacks"
    assert edge(g, "This habit of mind", "Coding teaches students") == "supports"
    # "In short" concludes: it argues for the thesis, not for the answer before it.
    assert edge(g, "In short, teaching coding", "Every secondary school") == "supports"


def test_evidence_after_for_example_and_according_to():
    g = load("for_example.txt")
    assert central(g)["text"] == "Public libraries deserve more funding than they get."
    assert kind(g, "For example, in Leeds") == "evidence"
    assert edge(g, "For example, in Leeds", "Libraries are the last free") == "supports"
    assert kind(g, "According to a 2023 survey") == "evidence"
    assert edge(g, "According to a 2023 survey", "They also close the digital divide") == "supports"
    assert edge(g, "because they have no internet access", "According to a 2023 survey") == "supports"
    assert edge(g, "They also close the digital divide", "Public libraries deserve") == "supports"


def test_text_without_counterclaims_has_only_support():
    g = load("no_counter.txt")
    assert central(g)["text"] == "Walking every day is the simplest way to improve your health."
    kinds = {a["kind"] for _, a in g.nodes(data=True)}
    assert "counterclaim" not in kinds and "rebuttal" not in kinds
    assert {d for _, _, d in g.edges(data="kind")} == {"supports"}
    assert kind(g, "Studies show that thirty minutes") == "evidence"
    for reason in ("Walking strengthens the heart.", "Walking clears the mind.", "It costs nothing."):
        assert edge(g, reason, "Walking every day") == "supports"
    assert nx.is_directed_acyclic_graph(g)


def test_empty_of_argument_still_maps_without_error():
    g = mine(ingest("Subscribe now\n\nContinue reading\n"))
    assert g.number_of_nodes() == 0
    assert g.graph == {"title": "Untitled", "text": "Subscribe now\n\nContinue reading\n",
                       "noise": [{"start": 0, "end": 13}, {"start": 15, "end": 31}]}  # both lines are page furniture


def test_an_essay_typed_with_single_line_breaks_keeps_its_thesis_in_the_introduction():
    graph = load("essay_single_newlines.txt")
    # The prompt question asks and states nothing: no node; the introduction's position is the thesis, and the
    # closing sentence restates it.
    assert kind(graph, "In my opinion, schools should require uniforms") == "central_claim"
    assert not any("Should students be required" in text for _, text in graph.nodes(data="text"))
    assert kind(graph, "Schools should therefore require them") == "claim"
    # Each body paragraph's opening claim gathers that paragraph's evidence.
    assert edge(graph, "For example, a survey of teachers", "When everyone wears the same clothes") == "supports"
    assert edge(graph, "When everyone wears the same clothes", "First of all, uniforms reduce bullying") == "supports"
    assert kind(graph, "Admittedly, some people argue") == "counterclaim"
    assert edge(graph, "However, students can still express", "Admittedly, some people argue") == "attacks"
    labels = {a["label"] for _, a in graph.nodes(data=True)}
    assert "Uniforms reduce bullying" in labels  # "First of all," is no part of it


def test_a_reported_event_is_evidence_not_a_claim_of_the_author():
    text = ("Last week the council voted to delay the tax on sugary drinks. The delay is a mistake. "
            "The council should adopt the tax this spring, because sugary drinks harm children's teeth.")
    graph = mine(ingest(text))
    assert kind(graph, "Last week the council voted") == "evidence"
    assert graph.nodes[node(graph, "Last week the council voted")]["cue"] == "reports an event or a figure"
    assert kind(graph, "The council should adopt the tax") == "central_claim"


def test_a_sentence_opening_on_this_develops_the_sentence_before_it():
    text = ("Cities should ban cars from their centres. Cars fill the streets with fumes. "
            "This harms the lungs of children who walk to school.")
    graph = mine(ingest(text))
    assert kind(graph, "Cities should ban cars") == "central_claim"
    assert edge(graph, "This harms the lungs", "Cars fill the streets") == "supports"
    assert edge(graph, "Cars fill the streets", "Cities should ban cars") == "supports"


def test_a_reported_event_opening_a_paragraph_of_a_long_text_is_evidence():
    g = load("long_reported_event.txt")  # 42 sentences: mapped as any text, clause by clause
    assert central(g)["text"].startswith("The regional government should keep the Harbour Line running")
    reported = node(g, "In March, the operator announced")
    assert g.nodes[reported]["kind"] == "evidence"
    assert g.nodes[reported]["cue"] == "reports an event or a figure"
    assert [d for _, _, d in g.out_edges(reported, data="kind")] == ["supports"]
    # A paragraph that opens on a stance stays a claim.
    assert kind(g, "The savings are smaller than they look") == "claim"
    assert kind(g, "Some argue that the money") == "counterclaim"


def test_a_letter_to_the_editor_keeps_no_greeting_or_signature_and_its_verdict_loses_its_frame():
    text = ("Dear Editor,\n\n"
            "I was sorry to read in Friday's paper that the council plans to close the swimming pool on "
            "Elm Road. As a swimming teacher, I must say frankly that closing it would be a mistake.\n\n"
            "The pool teaches 400 children a year to swim, and the next one is twelve miles away. Families "
            "without a car will simply stop coming.\n\n"
            "Yours sincerely,\nDavid Marsh\nElm Road")
    graph = mine(ingest(text))
    labels = [label for _, label in graph.nodes(data="label")]
    assert "Closing it would be a mistake" in labels  # the frame "I must say frankly that" goes
    assert not any(word in text for _, text in graph.nodes(data="text") for word in ("Dear", "Yours", "Marsh"))
    assert {text[s["start"]:s["end"]] for s in graph.graph["noise"]} == {"Dear Editor,",
                                                                          "Yours sincerely,\nDavid Marsh\nElm Road"}


def test_an_objection_whose_holders_forget_something_is_answered_by_the_author():
    text = ("Our town should keep its night buses. When people say that the buses run empty after midnight, "
            "they forget that nurses and cleaners ride them home every night. Critics ignore that a taxi "
            "costs a cleaner half a night's pay.")
    graph = mine(ingest(text))
    assert kind(graph, "the buses run empty after midnight") == "counterclaim"
    assert kind(graph, "they forget that nurses") == "rebuttal"
    assert edge(graph, "they forget that nurses", "the buses run empty after midnight") == "attacks"


def test_while_inside_a_sentence_sets_two_facts_side_by_side_and_grants_nothing():
    text = ("Homework should be dropped in primary schools. It widens the gap between pupils. Children whose "
            "parents can help them get ahead, while children from struggling households fall behind.")
    graph = mine(ingest(text))
    assert kind(graph, "while children from struggling households") != "counterclaim"
    assert "counterclaim" not in {k for _, k in graph.nodes(data="kind")}


def test_the_authors_own_directive_is_a_call_to_act():
    text = ("I read in last week's paper that the council plans to sell the Mill Street allotments. Forty families "
            "grow food there, and the waiting list runs to three years. Housing could go on the empty depot "
            "next door instead. I urge councillors to vote against the sale.")
    graph = mine(ingest(text))
    assert central(graph)["label"] == "I urge councillors to vote against the sale"
    letter = mine(ingest("Dear Councillors,\n\nThe footbridge on Mill Lane was closed in March. I am writing as a "
                         "resident of Mill Lane to urge you to repair it. Two hundred pupils cross it every day."))
    assert "to urge you to repair it" in central(letter)["text"]


def test_the_other_side_saying_that_people_forget_is_still_the_other_side():
    text = ("Cities should build protected bike lanes. Critics argue that people forget how dangerous cycling is. "
            "But protected lanes cut injuries by half where they were built.")
    graph = mine(ingest(text))
    assert kind(graph, "Critics argue that people forget") == "counterclaim"


def test_a_study_named_with_its_adjectives_or_year_is_evidence():
    text = ("Schools should drop homework for young pupils. A large review by two psychologists found almost no "
            "link between homework and grades. A 2019 survey of 2,000 parents found that most evenings end in "
            "arguments.")
    graph = mine(ingest(text))
    for words in ("A large review by two psychologists", "A 2019 survey of 2,000 parents"):
        assert kind(graph, words) == "evidence"
        assert graph.nodes[node(graph, words)]["cue"].startswith("cites a source")  # not only "reports an event"


def test_a_view_someone_holds_that_the_author_then_answers_is_the_other_side():
    text = ("The city should not tax sugary drinks.\n\n"
            "Supporters say that the tax will make people drink less soda. It probably will, a little. But "
            "shoppers simply cross the city line to buy their drinks.\n\n"
            "Employers will say that the tax costs them little. However, small shops lose a tenth of their sales.")
    graph = mine(ingest(text))
    assert kind(graph, "Supporters say that the tax") == "counterclaim"
    assert kind(graph, "But shoppers simply cross") == "rebuttal"
    assert kind(graph, "Employers will say") == "counterclaim"
    # the author's own "I think that…" followed by "but" stays the author's
    own = mine(ingest("I think that the city should tax sugary drinks. But the tax must be small."))
    assert "counterclaim" not in {k for _, k in own.nodes(data="kind")}


def test_a_view_denied_in_the_next_sentence_is_the_other_side():
    text = ("The council should keep the library open. Councillor Smith argues that nobody uses it any more. "
            "This is simply not the case. Four hundred people visit it every week.")
    graph = mine(ingest(text))
    assert kind(graph, "Councillor Smith argues") == "counterclaim"
    assert kind(graph, "This is simply not the case") == "rebuttal"
    assert edge(graph, "This is simply not the case", "Councillor Smith argues") == "attacks"
    backwards = mine(ingest("The city should keep its branch libraries. The budget office says that closing them "
                            "saves money. This gets it backwards. Every closed branch sends readers to buses."))
    assert kind(backwards, "The budget office says") == "counterclaim"


def test_a_headline_of_two_sentences_does_not_label_the_central_claim():
    # The headline's first sentence tells a story; the central claim keeps the label of its own words.
    g = mine(ingest("The Library Saved My Summer. Now It Needs Saving.\n\n"
                    "When I was eleven, I spent every morning at the branch library. I read sixty books.\n\n"
                    "Branch libraries are the only free indoor space in most neighbourhoods. Children go there "
                    "after school.\n\nThe board should keep all three branches open."))
    c = central(g)
    assert c["text"].startswith("The Library Saved My Summer.")  # the headline still belongs to the thesis
    assert c["label"].startswith("The board should keep")
    one = mine(ingest("Cities Must Plant Trees\n\nCities must plant more trees. Shade cools streets by 5%."))
    assert central(one)["label"] == "Cities Must Plant Trees"


def test_an_opening_anecdote_is_not_the_thesis_its_words_restate():
    # The thesis in the second paragraph shares words with the story told first; a story is no thesis.
    g = mine(ingest("The Last Bus\n\nEvery Thursday my grandmother took the bus into town. She was eighty when "
                    "the county cut the bus route last spring. She has not been into town since.\n\n"
                    "There are hundreds like her in the villages. The county should restore the bus routes it "
                    "cut.\n\nA bus that carries six people with no other way to travel does real work. Isolation "
                    "costs more later, in missed appointments and falls.\n\nThe subsidy is small. The county "
                    "can afford it."))
    assert central(g)["text"].startswith("The county should restore the bus routes")


def test_a_letters_reference_line_greeting_and_signature_are_no_part_of_its_argument():
    text = ('Re: "Bike lanes are strangling Main Street" (March 3)\n\nTo the Editor:\n\n'
            "The bike lanes are not what is hurting Main Street. High rents are.\n\n"
            "Mr. Hale claims that sales have fallen. Mine have not.\n\nDana Okafor\nOkafor Hardware, Main Street\n")
    g = mine(ingest(text))
    texts = " ".join(a["text"] for _, a in g.nodes(data=True))
    assert "Re:" not in texts and "To the Editor" not in texts and "Dana Okafor" not in texts
    assert central(g)["text"].startswith("The bike lanes are not what is hurting")
    assert [n.reason for n in ingest(text).noise] == [
        "a letter's reference line", "a letter's greeting", "a signature"]


def test_the_answer_to_the_question_a_text_asks_is_its_thesis():
    # The title asks; the last paragraph asks again and answers in a word, then states the answer.
    g = mine(ingest("Do We Still Need Paper Tickets?\n\nThe railway prints forty million tickets a year. Most "
                    "passengers lose them or throw them away within a day.\n\nPhones already carry boarding "
                    "passes for every airline. Scanners cost little.\n\nSo, do we still need paper tickets? No. "
                    "It is time to make digital tickets the default. The board has discussed the idea twice. "
                    "It should finally act."))
    texts = [a["text"] for _, a in g.nodes(data=True)]
    assert central(g)["text"] == "It is time to make digital tickets the default."
    assert not any(t.startswith(("No.", "So, do we")) for t in texts)  # neither the question nor the bare answer


def test_the_truth_is_that_pronounces_the_authors_position():
    g = mine(ingest("Last week the columnist blamed the new market hall for the empty shops on the high street. "
                    "He writes that the hall took their customers. In fact, footfall on the street rose by a "
                    "tenth this year.\n\nThe truth is that the market hall is not what is hurting the high "
                    "street. High rents are."))
    assert central(g)["text"].startswith("The truth is that the market hall is not")


def test_the_authors_grant_of_a_view_belongs_to_the_view_it_grants():
    g = mine(ingest("Schools Should Start Later\n\nHigh schools should start at 8:30. Teenagers sleep late, and "
                    "tired pupils learn badly.\n\nSome parents argue that later starts would disrupt sports. This "
                    "is a fair concern. But practices can move to the evening."))
    (view,) = [a for _, a in g.nodes(data=True) if a["kind"] == "counterclaim"]
    assert view["text"] == "Some parents argue that later starts would disrupt sports. This is a fair concern."
    assert view["label"] == "Later starts would disrupt sports"
    assert edge(g, "But practices can move", "Some parents argue") == "attacks"


def test_a_view_the_opposition_told_or_reported_in_an_aside_is_the_other_side():
    g = mine(ingest("Phones Out of Class\n\nWe should ban phones from the school day. Attention has collapsed.\n\n"
                    "The opposition told you that parents need to reach their children. I have some sympathy "
                    "for that worry. But schools have telephones.\n\nThe council wants them kept. Phones, it "
                    "said, help pupils learn. On a spreadsheet that is true. But a tablet can do the same."))
    assert kind(g, "The opposition told you") == "counterclaim"
    assert g.nodes[node(g, "The opposition told you")]["label"] == "Parents need to reach their children"
    assert "I have some sympathy for that worry." in g.nodes[node(g, "The opposition told you")]["text"]
    assert kind(g, "Phones, it said, help pupils learn") == "counterclaim"


def test_a_speakers_own_request_is_the_thesis_wherever_it_stands():
    g = mine(ingest("Remarks to the School Board\n\nGood evening, and thank you for the chance to speak. My name "
                    "is Alicia Okafor.\n\nI want to start with a question. How many of you did your best thinking "
                    "at 7:15 in the morning?\n\nI'm here tonight to ask you to move the high school start time to "
                    "8:30.\n\nDuring puberty the body's clock shifts later. Tired pupils learn less.\n\nSome say "
                    "that buses cannot run later. But other districts have managed it.\n\nPlease vote for it."))
    assert central(g)["text"].startswith("I'm here tonight to ask you to move")


def test_a_reviews_verdict_is_its_central_claim():
    g = mine(ingest("Casa Ondina Review: Seafood With a View\nPosted by foodiefro\n"
                    "We went on a Saturday. The grilled sea bream was perfect, with crisp skin and a squeeze of lemon.\n"
                    "Not everything landed. The octopus was drowned in a sweet glaze, and service was slow.\n"
                    "Desserts were the weakest part of the meal.\n"
                    "Verdict: Casa Ondina is worth the trip for the grilled fish alone, but go on a weeknight."))
    assert central(g)["text"].startswith("Verdict: Casa Ondina is worth the trip")
    assert central(g)["label"] == "Casa Ondina is worth the trip for the grilled fish alone"


def test_a_memos_recommendation_section_states_its_position():
    g = mine(ingest("MEMORANDUM\n\n## Background\n\nStudents in our largest courses spend $186 per course on "
                    "textbooks. Many delay buying them.\n\n## Recommendation\n\nThe working group recommends that "
                    "the university fund a program to convert its largest courses to open textbooks.\n\n## Risks\n\n"
                    "Adoption may be slower than planned. The bookstore's revenue will fall, but the Finance Office "
                    "should be consulted before the pilot launches."))
    assert central(g)["text"].startswith("The working group recommends that the university fund")


def test_the_answer_to_the_question_a_post_asks_again_at_its_end_is_its_thesis():
    g = mine(ingest("Should You Buy the Extended Warranty?\n\nThe cashier rings up your new laptop and asks: "
                    "\"Would you like our protection plan?\" It sounds responsible. Should you say yes? Short answer: "
                    "no.\n\nHere is why I have come to that view.\n\nRetailers love these plans because they are "
                    "enormously profitable. Most products fail very early, when the maker's warranty covers them.\n\n"
                    "So, should you buy the extended warranty? For most everyday purchases, no: you are better off "
                    "skipping the plan and saving the money. The exceptions are few."))
    texts = [a["text"] for _, a in g.nodes(data=True)]
    assert central(g)["text"].startswith("For most everyday purchases, no: you are better off")
    assert not any(t.startswith(("Here is why", "Short answer")) for t in texts)


def test_a_columnists_view_the_letter_denies_is_the_other_side_and_so_is_not_the_thesis():
    g = mine(ingest("To the Editor:\n\nYour columnist argues that the town should sell the golf course because it "
                    "loses money. I believe he has both the facts and the priorities wrong. Selling it would trade "
                    "away our largest open space for a one-time payment.\n\nFirst, the claim that the course loses "
                    "money every year is misleading. The parks department's reports show it covered its costs."))
    assert kind(g, "Your columnist argues") == "counterclaim"
    assert kind(g, "First, the claim that the course") != "counterclaim"
    assert central(g)["text"].startswith(("Selling it would trade away", "I believe he has"))


def test_i_want_to_make_the_case_after_an_opening_condition_states_the_thesis():
    g = mine(ingest("5 Reasons Your Next Cat Should Be Grown\n\nEvery spring, shelters fill up with kittens, and the "
                    "older cats get passed over. If you are thinking about bringing a cat home, I want to make the "
                    "case for walking past the kitten pen: for most households, a grown cat is the better choice.\n\n"
                    "A kitten's temper is still a guess. A grown cat has already shown whether it likes laps."))
    assert "If you are thinking about bringing a cat home, I want to make the case" in central(g)["text"]
    assert central(g)["text"].endswith("for most households, a grown cat is the better choice.")  # one unit


def test_the_authors_credential_or_anecdote_is_not_the_thesis():
    g = mine(ingest("I've managed remote teams for about twelve years now. Sure, some things really are harder "
                    "remotely. But forcing everyone back five days a week is a sledgehammer on a thumbtack. When my "
                    "company did it, we lost three engineers. Full-time office mandates cost companies more talent "
                    "than they could ever save."))
    assert central(g)["text"].startswith("Full-time office mandates cost companies more talent")


def test_myth_and_fact_pairs_are_the_other_sides_views_and_their_answers():
    g = mine(ingest("Heat pumps: separating myth from fact\n\nOpinion | Ann Lee, home energy adviser\n\n"
                    "If your boiler is failing, a heat pump should be the first option you price. Yet every time I "
                    "recommend one, I hear the same objections.\n\n**Myth: Heat pumps stop working in the cold.**\n\n"
                    "Fact: Modern models heat well below -20°C. Trials in Maine found they met demand all winter.\n\n"
                    "**Myth: Running costs are higher than gas.**\n\nFact: In most homes they cost less to run."))
    assert g.graph["title"] == "Heat pumps: separating myth from fact"
    myth = node(g, "**Myth: Heat pumps stop working")
    assert g.nodes[myth]["kind"] == "counterclaim" and g.nodes[myth]["label"] == "Heat pumps stop working in the cold"
    assert edge(g, "Fact: Modern models heat well", "**Myth: Heat pumps stop working") == "attacks"
    assert central(g)["text"].startswith("If your boiler is failing, a heat pump should be")


def test_a_speech_thanks_and_stage_notes_and_a_posts_clutter_are_no_units():
    g = mine(ingest("Remarks at the Fairgrounds\n\nThank you. Thank you all for coming out tonight. [Applause]\n\n"
                    "I believe the county should build its own broadband network. Forty percent of homes cannot get "
                    "a usable connection. [Applause]\n\n♻️ Repost if your network needs to see this.\n\n"
                    "#Broadband #Rural"))
    texts = " ".join(a["text"] for _, a in g.nodes(data=True))
    assert "Thank you" not in texts and "[Applause]" not in texts and "Repost" not in texts and "#Rural" not in texts
    assert central(g)["text"].startswith("I believe the county should build")


def test_a_reply_quotes_the_view_it_answers_with_a_marker():
    text = ("Re: Do you really need to till every spring?\n@maria_k I disagree with most of this. You wrote:\n"
            "> Tilling every spring is non-negotiable.\n"
            "I tilled that way for twelve years, and I think annual tilling does more harm than good.\n"
            "Tilling smashes up the soil structure. Since I stopped, my weeding time has dropped by two thirds.\n")
    g = mine(ingest(text))
    quoted = node(g, "Tilling every spring is non-negotiable")
    assert g.nodes[quoted]["kind"] == "counterclaim"
    assert g.nodes[quoted]["text"] == "Tilling every spring is non-negotiable."  # without the "> "
