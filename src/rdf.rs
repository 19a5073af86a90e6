//! Facts → quads: one named graph per article, deterministic IRIs, no blank nodes.
//!
//! IRIs depend only on the fact and the shipped lexicons, never on other articles or on
//! the order of processing, so shards extracted anywhere concatenate into one dataset.

use crate::clean::Document;
use crate::extract::{DateValue, Extraction, Law, Post};
use crate::lexicon::{Lexicon, OrgClass};
use crate::text::slugify;
use crate::vocab::{ASN, ELI, ORG, RDF, RDFS, SCHEMA, SKOS, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

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
    pub fn person(&self, name: &str) -> NamedNode {
        self.node(format!("person/{}", slugify(name)))
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
    fn within(&self, article: &NamedNode, what: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}/{what}", article.as_str()))
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

/// The same instrument gets the same key in every article: a letter-style number
/// ("100.2.2.6/7991/OTDA") is unique by itself; otherwise type, issuer or region (for
/// regional and ministerial instruments), number and year.
pub fn law_key(law: &Law, lex: &Lexicon) -> String {
    if let Some(n) = law.numbers.iter().find(|n| n.contains('/')) {
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

fn string(s: &str) -> Term {
    Literal::new_simple_literal(s).into()
}

fn typed(s: impl Into<String>, dt: &str) -> Term {
    Literal::new_typed_literal(s, iri(XSD, dt)).into()
}

fn date_literal(d: DateValue) -> Term {
    match d {
        DateValue::Full { .. } => typed(d.lexical(), "date"),
        DateValue::MonthDay { .. } => typed(d.lexical(), "gMonthDay"),
    }
}

/// Collects an article's quads, without repeats, in emission order (which depends only
/// on the extraction, so it is deterministic).
struct GraphBuilder {
    graph: GraphName,
    quads: indexmap::IndexSet<Quad, foldhash::fast::RandomState>,
}

impl GraphBuilder {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        let q = Quad::new(
            NamedOrBlankNode::from(s.clone()),
            p,
            o.into(),
            self.graph.clone(),
        );
        self.push(q);
    }
    fn push(&mut self, q: Quad) {
        self.quads.insert(q);
    }
    fn a(&mut self, s: &NamedNode, class: NamedNode) {
        self.add(s, iri(RDF, "type"), class);
    }
}

/// All quads of one article, without repeats, in a deterministic order.
pub fn article_quads(doc: &Document, x: &Extraction, lex: &Lexicon, iris: &Iris) -> Vec<Quad> {
    let article = iris.article(&doc.id);
    let mut g = GraphBuilder {
        graph: GraphName::NamedNode(article.clone()),
        quads: Default::default(),
    };
    let schema = |l: &str| iri(SCHEMA, l);
    let asn = |l: &str| iri(ASN, l);

    g.a(&article, schema("NewsArticle"));
    g.add(&article, schema("identifier"), string(&doc.id));
    if let Some(u) = &x.meta.url {
        g.add(&article, schema("url"), string(u));
    }
    if let Some(t) = &x.meta.title {
        g.add(&article, schema("headline"), string(t));
    }
    if let Some(d) = &x.meta.dateline {
        g.add(&article, schema("dateline"), string(d));
    }
    if let Some(d) = &x.meta.published {
        g.add(&article, schema("datePublished"), typed(d.clone(), "date"));
    }
    if let Some(p) = &x.meta.publisher {
        let name = lex.publisher_name(p).unwrap_or(p);
        let node = iris.media(name);
        g.a(&node, schema("NewsMediaOrganization"));
        g.add(&node, schema("name"), string(name));
        if name != p {
            g.add(&node, schema("alternateName"), string(p));
        }
        g.add(&article, schema("publisher"), node);
    }

    // Evidence passages (sentences, or a quotation with its attribution), minted on use.
    let passage = |g: &mut GraphBuilder, span: crate::article::Span| -> NamedNode {
        let (cs, ce) = doc.char_offsets(span);
        let node = iris.within(&article, &format!("sentence/{cs}-{ce}"));
        g.a(&node, asn("Evidence"));
        g.add(&node, schema("text"), string(span.slice(&doc.body)));
        g.add(&node, asn("startOffset"), typed(cs.to_string(), "integer"));
        g.add(&node, asn("endOffset"), typed(ce.to_string(), "integer"));
        g.add(&node, schema("isPartOf"), article.clone());
        node
    };
    let evidence = |g: &mut GraphBuilder, sentence: usize| passage(g, x.sentences[sentence]);

    let persons: Vec<NamedNode> = x.persons.iter().map(|p| iris.person(&p.name)).collect();
    for (p, node) in x.persons.iter().zip(&persons) {
        g.a(node, schema("Person"));
        g.add(node, schema("name"), string(&p.name));
        for s in &p.short_forms {
            g.add(node, schema("alternateName"), string(s));
        }
        if !p.prefixes.is_empty() {
            g.add(
                node,
                schema("honorificPrefix"),
                string(&p.prefixes.join(" ")),
            );
        }
        if !p.suffixes.is_empty() {
            g.add(
                node,
                schema("honorificSuffix"),
                string(&p.suffixes.join(", ")),
            );
        }
        g.add(&article, schema("mentions"), node.clone());
    }
    for &a in &x.authors {
        g.add(&article, schema("author"), persons[a].clone());
    }
    for &e in &x.editors {
        g.add(&article, schema("editor"), persons[e].clone());
    }

    for r in &x.regions {
        let region = &lex.regions[r.region];
        let node = iris.region(&region.key);
        g.a(&node, schema("AdministrativeArea"));
        g.add(&node, schema("name"), string(&region.name));
        g.add(&node, asn("regionKind"), string(region.kind.label()));
        for alt in &r.alt_names {
            g.add(&node, schema("alternateName"), string(alt));
        }
        if let Some(p) = region.province {
            g.add(
                &node,
                schema("containedInPlace"),
                iris.region(&lex.regions[p].key),
            );
        }
        g.add(&article, schema("mentions"), node);
    }

    for o in &x.orgs {
        let node = iris.org(&o.key);
        let class = match o.class {
            OrgClass::Government => "GovernmentOrganization",
            OrgClass::Other => "Organization",
        };
        g.a(&node, schema(class));
        g.add(&node, schema("name"), string(&o.name));
        for alt in &o.alt_names {
            if alt != &o.name {
                g.add(&node, schema("alternateName"), string(alt));
            }
        }
        if let Some(r) = o.region {
            g.add(
                &node,
                schema("areaServed"),
                iris.region(&lex.regions[r].key),
            );
        }
        if let Some(p) = &o.parent {
            g.add(&node, schema("parentOrganization"), iris.org(p));
        }
        g.add(&article, schema("mentions"), node);
    }

    let places: Vec<NamedNode> = x.places.iter().map(|p| iris.place(&p.name)).collect();
    for (p, node) in x.places.iter().zip(&places) {
        g.a(node, schema("Place"));
        g.add(node, schema("name"), string(&p.name));
        if let Some(r) = p.region {
            g.add(
                node,
                schema("containedInPlace"),
                iris.region(&lex.regions[r].key),
            );
        }
    }

    let posts: Vec<NamedNode> = x.posts.iter().map(|p| iris.post(p, lex)).collect();
    for (p, node) in x.posts.iter().zip(&posts) {
        let role = iris.role(&p.role);
        g.a(node, iri(ORG, "Post"));
        g.add(node, iri(RDFS, "label"), string(&p.label));
        g.add(node, iri(ORG, "role"), role.clone());
        g.a(&role, iri(ORG, "Role"));
        g.add(&role, iri(RDFS, "label"), string(&p.role));
        if let Some(o) = &p.org {
            g.add(node, iri(ORG, "postIn"), iris.org(o));
        }
        if let Some(r) = p.region {
            g.add(node, asn("postInRegion"), iris.region(&lex.regions[r].key));
        }
    }
    for h in &x.holdings {
        let person = &persons[h.person];
        let post = &posts[h.post];
        g.add(person, iri(ORG, "holds"), post.clone());
        let local = post.as_str().rsplit('/').next().unwrap_or("post");
        let node = iris.within(
            &article,
            &format!("holding/{}/{local}", slugify(&x.persons[h.person].name)),
        );
        g.a(&node, asn("Holding"));
        g.add(&node, asn("holder"), person.clone());
        g.add(&node, asn("heldPost"), post.clone());
        let ev = evidence(&mut g, h.sentence);
        g.add(&node, asn("evidence"), ev);
    }

    let laws: Vec<NamedNode> = x.laws.iter().map(|l| iris.law(l, lex)).collect();
    for (l, node) in x.laws.iter().zip(&laws) {
        g.a(node, iri(ELI, "LegalResource"));
        for n in &l.numbers {
            g.add(node, iri(ELI, "id_local"), string(n));
        }
        let concept = iri(ASN, &l.concept);
        g.add(node, iri(ELI, "type_document"), concept.clone());
        g.a(&concept, iri(SKOS, "Concept"));
        if let Some(y) = l.year {
            g.add(node, asn("year"), typed(format!("{y:04}"), "gYear"));
        }
        if let Some(d @ DateValue::Full { .. }) = l.date {
            g.add(node, iri(ELI, "date_document"), date_literal(d));
        }
        if let Some(t) = &l.title {
            g.add(node, iri(ELI, "title"), string(t));
        }
        for i in &l.issuers {
            g.add(node, iri(ELI, "passed_by"), iris.org(i));
        }
        let ev = evidence(&mut g, l.sentence);
        g.add(node, asn("evidence"), ev);
        g.add(&article, schema("mentions"), node.clone());
    }

    for (k, e) in x.events.iter().enumerate() {
        let node = iris.within(&article, &format!("event/{}", k + 1));
        g.a(&node, asn("Event"));
        for kind in &e.kinds {
            g.a(&node, asn(kind.class_name()));
        }
        if let Some(d) = e.date {
            g.add(&node, schema("startDate"), date_literal(d));
        }
        if let Some(p) = e.location {
            g.add(&node, schema("location"), places[p].clone());
        }
        if let Some(p) = e.officiant {
            g.add(&node, asn("officiant"), persons[p].clone());
        }
        if let Some(o) = &e.organizer {
            g.add(&node, schema("organizer"), iris.org(o));
        }
        if let Some(c) = e.participants {
            g.add(
                &node,
                asn("participantCount"),
                typed(c.to_string(), "integer"),
            );
        }
        for &b in &e.basis {
            g.add(&node, asn("legalBasis"), laws[b].clone());
        }
        if let Some(o) = &e.in_org {
            g.add(&node, asn("inOrganization"), iris.org(o));
        }
        if let Some(a) = &e.about {
            g.add(&node, schema("about"), string(a));
        }
        for &s in &e.sentences {
            let ev = evidence(&mut g, s);
            g.add(&node, asn("evidence"), ev);
        }
    }

    for (k, q) in x.quotes.iter().enumerate() {
        let node = iris.within(&article, &format!("quote/{}", k + 1));
        g.a(&node, schema("Quotation"));
        g.add(&node, schema("text"), string(&q.text));
        g.add(&node, schema("isPartOf"), article.clone());
        if let Some(s) = q.speaker {
            g.add(&node, schema("creator"), persons[s].clone());
        }
        let ev = passage(&mut g, q.evidence);
        g.add(&node, asn("evidence"), ev);
    }

    g.quads.into_iter().collect()
}

/// The reference graph: the ontology, every region of the gazetteer (with its province)
/// and every national institution of the lexicon, so that names of provinces and parent
/// bodies that an article links to without mentioning are still in the dataset.
pub fn reference_quads(lex: &Lexicon, iris: &Iris) -> Result<Vec<Quad>, String> {
    use oxigraph::io::{RdfFormat, RdfParser};
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(crate::vocab::REFERENCE_GRAPH));
    let mut g = GraphBuilder {
        graph: graph.clone(),
        quads: Default::default(),
    };
    // The parser labels blank nodes at random; relabel them by order of appearance so the
    // reference graph is the same in every build.
    let mut labels: std::collections::HashMap<String, oxigraph::model::BlankNode> =
        std::collections::HashMap::new();
    let mut stable = |b: &oxigraph::model::BlankNode| {
        let n = labels.len();
        labels
            .entry(b.as_str().to_string())
            .or_insert_with(|| oxigraph::model::BlankNode::new_unchecked(format!("asnkg{n}")))
            .clone()
    };
    for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(ONTOLOGY.as_bytes()) {
        let t = t.map_err(|e| format!("ontology/asnkg.ttl: {e}"))?;
        let subject = match t.subject {
            NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::BlankNode(stable(&b)),
            s => s,
        };
        let object = match t.object {
            Term::BlankNode(b) => Term::BlankNode(stable(&b)),
            o => o,
        };
        let q = Quad::new(subject, t.predicate, object, graph.clone());
        g.push(q);
    }
    let schema = |l: &str| iri(SCHEMA, l);
    for r in &lex.regions {
        let node = iris.region(&r.key);
        g.a(&node, schema("AdministrativeArea"));
        g.add(&node, schema("name"), string(&r.name));
        g.add(&node, iri(ASN, "regionKind"), string(r.kind.label()));
        for a in &r.aliases {
            g.add(&node, schema("alternateName"), string(a));
        }
        if let Some(p) = r.province {
            g.add(
                &node,
                schema("containedInPlace"),
                iris.region(&lex.regions[p].key),
            );
        }
    }
    for o in lex.orgs.iter().filter(|o| !o.regional) {
        let node = iris.org(&o.key);
        let class = match o.class {
            OrgClass::Government => "GovernmentOrganization",
            OrgClass::Other => "Organization",
        };
        g.a(&node, schema(class));
        g.add(&node, schema("name"), string(&o.name));
        for a in &o.aliases {
            g.add(&node, schema("alternateName"), string(a));
        }
        if let Some(p) = &o.parent {
            g.add(&node, schema("parentOrganization"), iris.org(p));
        }
    }
    Ok(g.quads.into_iter().collect())
}

/// The ontology, as shipped.
pub const ONTOLOGY: &str = include_str!("../ontology/asnkg.ttl");
/// The SHACL shapes, as shipped.
pub const SHAPES: &str = include_str!("../ontology/shapes.ttl");
