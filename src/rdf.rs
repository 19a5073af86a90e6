//! Facts → quads: one named graph per article, deterministic IRIs, no blank nodes.
//!
//! IRIs depend only on the fact and the shipped lexicons, never on other articles or on
//! the order of processing, so shards extracted anywhere concatenate into one dataset.

use crate::clean::Document;
use crate::extract::{DateValue, Extraction, Law, Post};
use crate::lexicon::{Lexicon, OrgClass};
use crate::text::slugify;
use crate::vocab::{ASN, ELI, ORG, RDF, RDFS, SCHEMA, SKOS, XSD};
use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, QuadRef, Term,
};

/// How resource IRIs are minted.
#[derive(Debug, Clone)]
pub struct Iris {
    base: String,
}

impl Default for Iris {
    fn default() -> Self {
        Iris {
            base: crate::vocab::DEFAULT_BASE.to_string(),
        }
    }
}

/// Percent-encodes everything but unreserved characters, for identifiers as IRI segments.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Iris {
    /// A base must be an absolute IRI ending in `/` or `#`.
    pub fn new(base: &str) -> Result<Iris, String> {
        if !(base.ends_with('/') || base.ends_with('#')) {
            return Err(format!("--base {base:?} must end with '/' or '#'"));
        }
        NamedNode::new(format!("{base}x"))
            .map_err(|e| format!("--base {base:?} is not an IRI: {e}"))?;
        Ok(Iris {
            base: base.to_string(),
        })
    }
    pub fn base(&self) -> &str {
        &self.base
    }
    fn node(&self, path: String) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.base))
    }
    pub fn article(&self, id: &str) -> NamedNode {
        self.node(format!("article/{}", encode_segment(id)))
    }
    pub fn person(&self, name: &str, lex: &Lexicon) -> NamedNode {
        self.node(format!("person/{}", lex.person_key(name)))
    }
    pub fn org(&self, key: &str) -> NamedNode {
        self.node(format!("org/{key}"))
    }
    pub fn region(&self, key: &str) -> NamedNode {
        self.node(format!("region/{key}"))
    }
    pub fn place(&self, name: &str) -> NamedNode {
        self.node(format!("place/{}", slugify(name)))
    }
    pub fn post(&self, post: &Post, lex: &Lexicon) -> NamedNode {
        self.node(format!("post/{}", post.key(lex)))
    }
    pub fn role(&self, role: &str) -> NamedNode {
        self.node(format!("role/{}", slugify(role)))
    }
    pub fn law(&self, law: &Law, lex: &Lexicon) -> NamedNode {
        self.node(format!("law/{}", law_key(law, lex)))
    }
    pub fn media(&self, name: &str) -> NamedNode {
        self.node(format!("media/{}", slugify(name)))
    }
}

/// Short type code used in instrument keys.
fn concept_code(concept: &str) -> &'static str {
    match concept {
        "UndangUndang" => "uu",
        "PeraturanPemerintahPenggantiUndangUndang" => "perppu",
        "PeraturanPemerintah" => "pp",
        "PeraturanPresiden" => "perpres",
        "PeraturanMenteri" => "permen",
        "PeraturanBadan" => "perban",
        "PeraturanDaerah" => "perda",
        "PeraturanGubernur" => "pergub",
        "PeraturanBupati" => "perbup",
        "PeraturanWaliKota" => "perwali",
        "KeputusanBersama" => "skb",
        "Keputusan" => "kep",
        "SuratEdaran" => "se",
        "PertimbanganTeknis" => "pertek",
        "Instruksi" => "ins",
        _ => "surat",
    }
}

/// The same instrument gets the same key in every article: a letter-style number of
/// three parts or more ("100.2.2.6/7991/OTDA") is unique by itself; otherwise type, issuer
/// or region (for regional and ministerial instruments), number and year ("152/P" names a
/// presidential decree of every year).
pub fn law_key(law: &Law, lex: &Lexicon) -> String {
    if let Some(n) = law.numbers.iter().find(|n| n.split('/').count() >= 3) {
        return slugify(n);
    }
    let mut parts = vec![concept_code(&law.concept).to_string()];
    let national = matches!(
        law.concept.as_str(),
        "UndangUndang"
            | "PeraturanPemerintahPenggantiUndangUndang"
            | "PeraturanPemerintah"
            | "PeraturanPresiden"
    );
    if !national {
        if let Some(i) = law.issuers.first() {
            parts.push(i.clone());
        } else if let Some(r) = law.region {
            parts.push(lex.regions[r].key.clone());
        }
    }
    parts.push(slugify(law.numbers.first().map_or("", String::as_str)));
    if let Some(y) = law.year {
        parts.push(y.to_string());
    }
    parts.join("-")
}

fn iri(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// A term's index in its graph's term table.
type Id = u32;

/// One named graph's quads with every distinct term stored once: an article mentions a
/// few dozen terms in a hundred or more quads, so quads are triples of indices, and each
/// term's N-Triples form is written once, not once per use.
#[derive(Debug, Clone)]
pub struct GraphQuads {
    graph: NamedNode,
    graph_nt: Box<str>,
    terms: Vec<Term>,
    nt: Vec<Box<str>>,
    triples: Vec<[Id; 3]>,
}

impl GraphQuads {
    /// The graph's name.
    pub fn graph(&self) -> &NamedNode {
        &self.graph
    }
    pub fn len(&self) -> usize {
        self.triples.len()
    }
    pub fn is_empty(&self) -> bool {
        self.triples.is_empty()
    }
    /// The quads, borrowed, in emission order.
    pub fn iter(&self) -> impl Iterator<Item = QuadRef<'_>> + '_ {
        let graph = GraphNameRef::NamedNode(self.graph.as_ref());
        self.triples.iter().filter_map(move |&[s, p, o]| {
            let subject = match &self.terms[s as usize] {
                Term::NamedNode(n) => NamedOrBlankNodeRef::NamedNode(n.as_ref()),
                Term::BlankNode(b) => NamedOrBlankNodeRef::BlankNode(b.as_ref()),
                _ => return None,
            };
            let Term::NamedNode(predicate) = &self.terms[p as usize] else {
                return None;
            };
            let object = self.terms[o as usize].as_ref();
            Some(QuadRef::new(subject, predicate.as_ref(), object, graph))
        })
    }
    /// The quads, owned.
    pub fn to_quads(&self) -> Vec<Quad> {
        self.iter().map(Quad::from).collect()
    }
    /// Appends the quads as N-Quads, one per line.
    pub fn write_nquads(&self, out: &mut Vec<u8>) {
        for &[s, p, o] in &self.triples {
            for part in [
                &self.nt[s as usize],
                &self.nt[p as usize],
                &self.nt[o as usize],
            ] {
                out.extend_from_slice(part.as_bytes());
                out.push(b' ');
            }
            out.extend_from_slice(self.graph_nt.as_bytes());
            out.extend_from_slice(b" .\n");
        }
    }
}

/// Collects one graph's quads, without repeats, in emission order (which depends only on
/// the extraction, so it is deterministic). A term is looked up by its N-Triples form,
/// written into a reused buffer, so a term used again costs a hash lookup and no
/// allocation; that form is also what `write_nquads` copies out.
struct GraphBuilder {
    graph: NamedNode,
    /// The N-Triples form of each term, by index.
    nt: indexmap::IndexSet<Box<str>, foldhash::fast::RandomState>,
    terms: Vec<Term>,
    triples: indexmap::IndexSet<[Id; 3], foldhash::fast::RandomState>,
    key: String,
}

impl GraphBuilder {
    fn new(graph: NamedNode) -> GraphBuilder {
        GraphBuilder {
            graph,
            nt: Default::default(),
            terms: Vec::new(),
            triples: Default::default(),
            key: String::new(),
        }
    }
    /// The term whose N-Triples form is in `self.key`, made by `make` the first time.
    fn intern(&mut self, make: impl FnOnce(&str) -> Term) -> Id {
        if let Some(i) = self.nt.get_index_of(self.key.as_str()) {
            return i as Id;
        }
        self.terms.push(make(&self.key));
        self.nt.insert(self.key.as_str().into());
        (self.nt.len() - 1) as Id
    }
    /// The IRI made of `parts` joined.
    fn iri(&mut self, parts: &[&str]) -> Id {
        self.key.clear();
        self.key.push('<');
        for p in parts {
            self.key.push_str(p);
        }
        self.key.push('>');
        self.intern(|k| NamedNode::new_unchecked(&k[1..k.len() - 1]).into())
    }
    fn node(&mut self, n: &NamedNode) -> Id {
        self.iri(&[n.as_str()])
    }
    /// A literal; `datatype` is a local name in XSD, or empty for a plain string.
    fn literal(&mut self, value: &str, datatype: &str) -> Id {
        self.key.clear();
        push_quoted(&mut self.key, value);
        if !datatype.is_empty() {
            self.key.push_str("^^<");
            self.key.push_str(XSD);
            self.key.push_str(datatype);
            self.key.push('>');
        }
        self.intern(|_| {
            if datatype.is_empty() {
                Literal::new_simple_literal(value).into()
            } else {
                Literal::new_typed_literal(value, iri(XSD, datatype)).into()
            }
        })
    }
    fn string(&mut self, value: &str) -> Id {
        self.literal(value, "")
    }
    fn date(&mut self, d: DateValue) -> Id {
        match d {
            DateValue::Full { .. } => self.literal(&d.lexical(), "date"),
            DateValue::MonthDay { .. } => self.literal(&d.lexical(), "gMonthDay"),
        }
    }
    /// Any term (for parsed input, which may hold blank nodes and language tags).
    fn term(&mut self, t: &Term) -> Id {
        use std::fmt::Write;
        self.key.clear();
        // Writing to a String cannot fail.
        let _ = write!(self.key, "{t}");
        self.intern(|_| t.clone())
    }
    fn add(&mut self, s: Id, p: Id, o: Id) {
        self.triples.insert([s, p, o]);
    }
    fn a(&mut self, s: Id, class: Id) {
        let p = self.iri(&[RDF, "type"]);
        self.add(s, p, class);
    }
    fn finish(self) -> GraphQuads {
        GraphQuads {
            graph_nt: format!("<{}>", self.graph.as_str()).into(),
            graph: self.graph,
            terms: self.terms,
            nt: self.nt.into_iter().collect(),
            triples: self.triples.into_iter().collect(),
        }
    }
}

/// `add!(g, s, NS, "local", o)`: one statement in `g` whose predicate is a vocabulary
/// term; `o` is made before the predicate is looked up (both need `g`).
macro_rules! add {
    ($g:expr, $s:expr, $ns:expr, $local:expr, $o:expr) => {{
        let s = $s;
        let o = $o;
        let p = $g.iri(&[$ns, $local]);
        $g.add(s, p, o);
    }};
}

/// `a!(g, s, NS, "Class")`: `s rdf:type NS:Class` in `g`.
macro_rules! a {
    ($g:expr, $s:expr, $ns:expr, $class:expr) => {{
        let s = $s;
        let c = $g.iri(&[$ns, $class]);
        $g.a(s, c);
    }};
}

/// All quads of one article, without repeats, in a deterministic order.
pub fn article_quads(doc: &Document, x: &Extraction, lex: &Lexicon, iris: &Iris) -> GraphQuads {
    let article_node = iris.article(&doc.id);
    let mut builder = GraphBuilder::new(article_node.clone());
    let g = &mut builder;
    let article = g.node(&article_node);
    let schema = |g: &mut GraphBuilder, l: &str| g.iri(&[SCHEMA, l]);
    let asn = |g: &mut GraphBuilder, l: &str| g.iri(&[ASN, l]);

    a!(g, article, SCHEMA, "NewsArticle");
    add!(g, article, SCHEMA, "identifier", g.string(&doc.id));
    if let Some(u) = &x.meta.url {
        add!(g, article, SCHEMA, "url", g.string(u));
    }
    if let Some(t) = &x.meta.title {
        add!(g, article, SCHEMA, "headline", g.string(t));
    }
    if let Some(d) = &x.meta.dateline {
        add!(g, article, SCHEMA, "dateline", g.string(d));
    }
    if let Some(d) = &x.meta.published {
        add!(g, article, SCHEMA, "datePublished", g.literal(d, "date"));
    }
    if let Some(p) = &x.meta.publisher {
        let name = lex.publisher_name(p).unwrap_or(p);
        let node = g.node(&iris.media(name));
        a!(g, node, SCHEMA, "NewsMediaOrganization");
        add!(g, node, SCHEMA, "name", g.string(name));
        if name != p {
            add!(g, node, SCHEMA, "alternateName", g.string(p));
        }
        add!(g, article, SCHEMA, "publisher", node);
    }

    // Evidence passages (sentences, or a quotation with its attribution), minted on use.
    let passage = |g: &mut GraphBuilder, span: crate::article::Span| -> Id {
        let (cs, ce) = doc.char_offsets(span);
        let node = g.iri(&[
            article_node.as_str(),
            "/sentence/",
            &cs.to_string(),
            "-",
            &ce.to_string(),
        ]);
        let class = asn(g, "Evidence");
        g.a(node, class);
        let (p, o) = (schema(g, "text"), g.string(span.slice(&doc.body)));
        g.add(node, p, o);
        let (p, o) = (asn(g, "startOffset"), g.literal(&cs.to_string(), "integer"));
        g.add(node, p, o);
        let (p, o) = (asn(g, "endOffset"), g.literal(&ce.to_string(), "integer"));
        g.add(node, p, o);
        let p = schema(g, "isPartOf");
        g.add(node, p, article);
        node
    };
    let evidence = |g: &mut GraphBuilder, sentence: usize| passage(g, x.sentences[sentence]);

    let persons: Vec<Id> = x
        .persons
        .iter()
        .map(|p| g.node(&iris.person(&p.name, lex)))
        .collect();
    for (p, &node) in x.persons.iter().zip(&persons) {
        a!(g, node, SCHEMA, "Person");
        add!(g, node, SCHEMA, "name", g.string(&p.name));
        for s in &p.short_forms {
            add!(g, node, SCHEMA, "alternateName", g.string(s));
        }
        if !p.prefixes.is_empty() {
            add!(
                g,
                node,
                SCHEMA,
                "honorificPrefix",
                g.string(&p.prefixes.join(" "))
            );
        }
        if !p.suffixes.is_empty() {
            add!(
                g,
                node,
                SCHEMA,
                "honorificSuffix",
                g.string(&p.suffixes.join(", "))
            );
        }
        add!(g, article, SCHEMA, "mentions", node);
    }
    for &a in &x.authors {
        add!(g, article, SCHEMA, "author", persons[a]);
    }
    for &e in &x.editors {
        add!(g, article, SCHEMA, "editor", persons[e]);
    }

    let region = |g: &mut GraphBuilder, r: usize| g.node(&iris.region(&lex.regions[r].key));
    for r in &x.regions {
        let entry = &lex.regions[r.region];
        let node = region(g, r.region);
        a!(g, node, SCHEMA, "AdministrativeArea");
        add!(g, node, SCHEMA, "name", g.string(&entry.name));
        add!(g, node, ASN, "regionKind", g.string(entry.kind.label()));
        for alt in &r.alt_names {
            add!(g, node, SCHEMA, "alternateName", g.string(alt));
        }
        if let Some(p) = entry.province {
            add!(g, node, SCHEMA, "containedInPlace", region(g, p));
        }
        add!(g, article, SCHEMA, "mentions", node);
    }

    let org = |g: &mut GraphBuilder, key: &str| g.node(&iris.org(key));
    for o in &x.orgs {
        let node = org(g, &o.key);
        a!(g, node, SCHEMA, org_class(o.class));
        add!(g, node, SCHEMA, "name", g.string(&o.name));
        for alt in &o.alt_names {
            if alt != &o.name {
                add!(g, node, SCHEMA, "alternateName", g.string(alt));
            }
        }
        if let Some(r) = o.region {
            add!(g, node, SCHEMA, "areaServed", region(g, r));
        }
        if let Some(p) = &o.parent {
            add!(g, node, SCHEMA, "parentOrganization", org(g, p));
        }
        add!(g, article, SCHEMA, "mentions", node);
    }

    let places: Vec<Id> = x
        .places
        .iter()
        .map(|p| g.node(&iris.place(&p.name)))
        .collect();
    for (p, &node) in x.places.iter().zip(&places) {
        a!(g, node, SCHEMA, "Place");
        add!(g, node, SCHEMA, "name", g.string(&p.name));
        if let Some(r) = p.region {
            add!(g, node, SCHEMA, "containedInPlace", region(g, r));
        }
    }

    let post_nodes: Vec<NamedNode> = x.posts.iter().map(|p| iris.post(p, lex)).collect();
    let posts: Vec<Id> = post_nodes.iter().map(|n| g.node(n)).collect();
    for (p, &node) in x.posts.iter().zip(&posts) {
        let role = g.node(&iris.role(&p.role));
        a!(g, node, ORG, "Post");
        add!(g, node, RDFS, "label", g.string(&p.label));
        add!(g, node, ORG, "role", role);
        a!(g, role, ORG, "Role");
        add!(g, role, RDFS, "label", g.string(&p.role));
        if let Some(o) = &p.org {
            add!(g, node, ORG, "postIn", org(g, o));
        }
        if let Some(r) = p.region {
            add!(g, node, ASN, "postInRegion", region(g, r));
        }
    }
    for h in &x.holdings {
        let person = persons[h.person];
        let post = posts[h.post];
        add!(g, person, ORG, "holds", post);
        let local = post_nodes[h.post]
            .as_str()
            .rsplit('/')
            .next()
            .unwrap_or("post");
        let node = g.iri(&[
            article_node.as_str(),
            "/holding/",
            &slugify(&x.persons[h.person].name),
            "/",
            local,
        ]);
        a!(g, node, ASN, "Holding");
        add!(g, node, ASN, "holder", person);
        add!(g, node, ASN, "heldPost", post);
        add!(g, node, ASN, "evidence", evidence(g, h.sentence));
    }

    let laws: Vec<Id> = x.laws.iter().map(|l| g.node(&iris.law(l, lex))).collect();
    for (l, &node) in x.laws.iter().zip(&laws) {
        a!(g, node, ELI, "LegalResource");
        for n in &l.numbers {
            add!(g, node, ELI, "id_local", g.string(n));
        }
        let concept = g.iri(&[ASN, &l.concept]);
        add!(g, node, ELI, "type_document", concept);
        a!(g, concept, SKOS, "Concept");
        if let Some(y) = l.year {
            add!(g, node, ASN, "year", g.literal(&format!("{y:04}"), "gYear"));
        }
        if let Some(d @ DateValue::Full { .. }) = l.date {
            add!(g, node, ELI, "date_document", g.date(d));
        }
        if let Some(t) = &l.title {
            add!(g, node, ELI, "title", g.string(t));
        }
        for i in &l.issuers {
            add!(g, node, ELI, "passed_by", org(g, i));
        }
        add!(g, node, ASN, "evidence", evidence(g, l.sentence));
        add!(g, article, SCHEMA, "mentions", node);
    }

    for (k, e) in x.events.iter().enumerate() {
        let node = g.iri(&[article_node.as_str(), "/event/", &(k + 1).to_string()]);
        a!(g, node, ASN, "Event");
        for kind in &e.kinds {
            a!(g, node, ASN, kind.class_name());
        }
        if let Some(d) = e.date {
            add!(g, node, SCHEMA, "startDate", g.date(d));
        }
        if let Some(p) = e.location {
            add!(g, node, SCHEMA, "location", places[p]);
        }
        if let Some(p) = e.officiant {
            add!(g, node, ASN, "officiant", persons[p]);
        }
        if let Some(o) = &e.organizer {
            add!(g, node, SCHEMA, "organizer", org(g, o));
        }
        if let Some(c) = e.participants {
            add!(
                g,
                node,
                ASN,
                "participantCount",
                g.literal(&c.to_string(), "integer")
            );
        }
        for &b in &e.basis {
            add!(g, node, ASN, "legalBasis", laws[b]);
        }
        if let Some(o) = &e.in_org {
            add!(g, node, ASN, "inOrganization", org(g, o));
        }
        if let Some(a) = &e.about {
            add!(g, node, SCHEMA, "about", g.string(a));
        }
        for &s in &e.sentences {
            add!(g, node, ASN, "evidence", evidence(g, s));
        }
    }

    for (k, q) in x.quotes.iter().enumerate() {
        let node = g.iri(&[article_node.as_str(), "/quote/", &(k + 1).to_string()]);
        a!(g, node, SCHEMA, "Quotation");
        add!(g, node, SCHEMA, "text", g.string(&q.text));
        add!(g, node, SCHEMA, "isPartOf", article);
        if let Some(s) = q.speaker {
            add!(g, node, SCHEMA, "creator", persons[s]);
        }
        add!(g, node, ASN, "evidence", passage(g, q.evidence));
    }

    builder.finish()
}

/// Appends `value` as an N-Triples string literal, escaped as oxrdf prints it (so the
/// output is the same whichever writes it).
fn push_quoted(out: &mut String, value: &str) {
    out.push('"');
    // Most values need no escape (0xEF starts U+FFFE and U+FFFF, among others).
    let plain = |b: &u8| *b >= 0x20 && !matches!(*b, b'"' | b'\\' | 0x7F | 0xEF);
    if value.as_bytes().iter().all(plain) {
        out.push_str(value);
        out.push('"');
        return;
    }
    for c in value.chars() {
        match c {
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{C}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => {
                use std::fmt::Write;
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

fn org_class(class: OrgClass) -> &'static str {
    match class {
        OrgClass::Government => "GovernmentOrganization",
        OrgClass::Other => "Organization",
    }
}

/// The reference graph: the ontology, every region of the gazetteer (with its province)
/// and every national institution of the lexicon, so that names of provinces and parent
/// bodies that an article links to without mentioning are still in the dataset.
pub fn reference_quads(lex: &Lexicon, iris: &Iris) -> Result<GraphQuads, String> {
    use oxigraph::io::{RdfFormat, RdfParser};
    let mut builder = GraphBuilder::new(NamedNode::new_unchecked(crate::vocab::REFERENCE_GRAPH));
    let g = &mut builder;
    // The parser labels blank nodes at random; relabel them by order of appearance so the
    // reference graph is the same in every build.
    let mut labels: std::collections::HashMap<String, oxigraph::model::BlankNode> =
        std::collections::HashMap::new();
    let mut stable = |b: &oxigraph::model::BlankNode| -> Term {
        let n = labels.len();
        labels
            .entry(b.as_str().to_string())
            .or_insert_with(|| oxigraph::model::BlankNode::new_unchecked(format!("asnkg{n}")))
            .clone()
            .into()
    };
    for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(ONTOLOGY.as_bytes()) {
        let t = t.map_err(|e| format!("ontology/asnkg.ttl: {e}"))?;
        let subject = match t.subject {
            NamedOrBlankNode::BlankNode(b) => stable(&b),
            NamedOrBlankNode::NamedNode(n) => n.into(),
        };
        let object = match t.object {
            Term::BlankNode(b) => stable(&b),
            o => o,
        };
        let s = g.term(&subject);
        let p = g.node(&t.predicate);
        let o = g.term(&object);
        g.add(s, p, o);
    }
    let region = |g: &mut GraphBuilder, r: usize| g.node(&iris.region(&lex.regions[r].key));
    for (k, r) in lex.regions.iter().enumerate() {
        let node = region(g, k);
        a!(g, node, SCHEMA, "AdministrativeArea");
        add!(g, node, SCHEMA, "name", g.string(&r.name));
        add!(g, node, ASN, "regionKind", g.string(r.kind.label()));
        for a in &r.aliases {
            add!(g, node, SCHEMA, "alternateName", g.string(a));
        }
        if let Some(p) = r.province {
            add!(g, node, SCHEMA, "containedInPlace", region(g, p));
        }
    }
    for o in lex.orgs.iter().filter(|o| !o.regional) {
        let node = g.node(&iris.org(&o.key));
        a!(g, node, SCHEMA, org_class(o.class));
        add!(g, node, SCHEMA, "name", g.string(&o.name));
        for a in &o.aliases {
            add!(g, node, SCHEMA, "alternateName", g.string(a));
        }
        if let Some(p) = &o.parent {
            add!(g, node, SCHEMA, "parentOrganization", g.node(&iris.org(p)));
        }
    }
    Ok(builder.finish())
}

/// The ontology, as shipped.
pub const ONTOLOGY: &str = include_str!("../ontology/asnkg.ttl");
/// The SHACL shapes, as shipped.
pub const SHAPES: &str = include_str!("../ontology/shapes.ttl");

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast writer must print literals exactly as oxrdf does, or `extract` and
    /// `export` would disagree on the same quads.
    #[test]
    fn quoted_literals_match_oxrdf() {
        let values = [
            "plain",
            "tanda \"kutip\" dan \\ garis miring",
            "baris\nbaru\ttab\r\u{8}\u{c}",
            "kendali \u{0}\u{1}\u{1f}\u{7f}",
            "bukan karakter \u{fffe}\u{ffff}, tetapi \u{fffc} dan \u{f000} boleh",
            "emoji 🙂 dan aksara ꦗꦮ",
            "",
        ];
        for v in values {
            let mut ours = String::new();
            push_quoted(&mut ours, v);
            assert_eq!(ours, Literal::new_simple_literal(v).to_string(), "{v:?}");
        }
    }

    #[test]
    fn a_term_used_twice_is_stored_once_and_a_statement_once() {
        let mut g = GraphBuilder::new(NamedNode::new_unchecked("https://example.org/g"));
        let s = g.iri(&["https://example.org/", "s"]);
        let same = g.iri(&["https://example.org/s"]);
        assert_eq!(s, same);
        let p = g.iri(&[SCHEMA, "name"]);
        let plain = g.string("2024");
        let typed = g.literal("2024", "gYear");
        assert_ne!(plain, typed);
        g.add(s, p, plain);
        g.add(s, p, plain);
        g.add(s, p, typed);
        let quads = g.finish();
        assert_eq!(quads.len(), 2);
        let mut text = Vec::new();
        quads.write_nquads(&mut text);
        let expected: String = quads
            .to_quads()
            .iter()
            .map(|q| format!("{q} .\n"))
            .collect();
        assert_eq!(String::from_utf8(text).unwrap(), expected);
    }
}
