"""The LaTeX <-> Unicode codec used for BibTeX fields."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cslbridge.latex import decode, encode


@pytest.mark.parametrize("latex, text", [
    (r'{\"o}', "ö"),
    (r"\'{e}", "é"),
    (r"Jos\'e", "José"),
    (r"{\v c}", "č"),
    (r"\v{S}koda", "Škoda"),
    (r"Erd\H{o}s", "Erdős"),
    (r"{\c c}a", "ça"),
    (r"Gar{\'\i}a", "Garía"),
    (r"\'{\^e}", "ế"),
    (r"Stra\ss e", "Straße"),
    (r"{\o}ystein", "øystein"),
    (r"{\L}{\'o}d{\'z}", "Łódź"),
    (r"W{\ae}ver", "Wæver"),
    (r"pages 106--125", "pages 106–125"),
    (r"yes---no", "yes—no"),
    (r"D.~E. Knuth", "D.\u00a0E. Knuth"),
    (r"Taylor \& Francis", "Taylor & Francis"),
    (r"100\% \$5 \#1 snake\_case", "100% $5 #1 snake_case"),
    (r"``quoted''", "“quoted”"),
    (r"Ves' Mir", "Ves' Mir"),
    (r"\textit{Homo sapiens} and \emph{E. coli}", "Homo sapiens and E. coli"),
    (r"{\bf bold} \textsc{Small Caps}", "bold Small Caps"),
    (r"The {DNA} of {COVID}-19", "The DNA of COVID-19"),
    (r"\url{http://x.org/a_b}", "http://x.org/a_b"),
    (r"\href{http://x.org}{the site}", "the site (http://x.org)"),  # the link is kept
    (r"{\noopsort{1973b}}Knuth", "Knuth"),
    (r"The {\TeX}book", "The TeXbook"),
    ("two\n   lines\tand  spaces", "two lines and spaces"),
    ("Российско-киргизские {отношения}", "Российско-киргизские отношения"),
])
def test_decode(latex, text):
    assert decode(latex) == text


@pytest.mark.parametrize("latex, text", [
    (r"$\beta$-lactamase", "β-lactamase"),
    (r"H$_2$O and CO$_{2}$", "H₂O and CO₂"),
    (r"$10^{-3}$ M", "10⁻³ M"),
    (r"$\alpha \times \beta$", "α × β"),
    (r"$\Delta$G", "ΔG"),
    (r"subgroups of {${\rm SU}(2)$}", "subgroups of SU(2)"),  # MathSciNet's font switch
    (r"subgroups of {{\(\mathrm{SU}(2)\)}}", "subgroups of SU(2)"),  # zbMATH's \( \)
])
def test_simple_math_becomes_unicode(latex, text):
    assert decode(latex) == text


def test_math_without_unicode_form_is_left_as_written():
    assert decode(r"Bounds in $\mathcal{O}(n \log n)$ time") == r"Bounds in $\mathcal{O}(n \log n)$ time"
    assert decode(r"$x^{abc}$ growth") == r"$x^{abc}$ growth"
    assert decode(r"Bounds in \(\mathcal{O}(n)\) time") == r"Bounds in \(\mathcal{O}(n)\) time"


def test_unknown_command_keeps_its_text():
    assert decode(r"\mycommand{kept} text") == "kept text"
    assert decode(r"see \foo here") == r"see \foo here"


@pytest.mark.parametrize("text, latex", [
    ("Gödel–Escher", r"G{\"o}del--Escher"),
    ("Dvořák", r"Dvo{\v{r}}{\'a}k"),
    ("Straße & Co, 50%", r"Stra{\ss}e \& Co, 50\%"),
    ("García", r"Garc{\'{\i}}a"),
    ("x_1 {a} $5 #2", r"x\_1 {\textbraceleft}a{\textbraceright} \$5 \#2"),
    ("unbalanced } brace", r"unbalanced {\textbraceright} brace"),
    ("a~b^c\\d", r"a\textasciitilde{}b\textasciicircum{}c\textbackslash{}d"),
    ("Россия", "Россия"),
    ("plain ASCII title", "plain ASCII title"),
    ("a--b", "a-{}-b"),
])
def test_encode(text, latex):
    assert encode(text) == latex


def test_encode_greek_compiles_as_math():
    assert encode("α-helix") == r"{$\alpha$}-helix"


_texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("abcXYZ019 .,:;-'`\"&%$#_{}~^\\/()[]!?")),
        st.sampled_from(list("éèêëöüçčšžřłøæœßåñãıŁØÆŒÅÉÖÜ–—“”«»…§©°αβΔμ₂²")),
        st.sampled_from(list("РоссияЭкономикаعربي中文")),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_encode_then_decode_gives_the_text_back(text):
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    assert decode(encode(normal)) == normal
