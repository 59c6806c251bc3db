//! Exports of a corpus: tables of documents, actors, relations, claims and
//! events (JSON Lines or CSV), and the actor graph (GraphML or GEXF).
//!
//! Event columns follow POLECAT's field names ("Event ID", "Event Date",
//! "Event Type", "Actor Name", "Recipient Name", ...).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::{json, Value};

use super::model::{Corpus, Item};
use super::query::{self, ClaimFilter, Table};

/// The exported tables, by name: `documents`, `actors`, `relations`, `claims`, `events`.
pub fn tables(corpus: &Corpus) -> Vec<(&'static str, Table)> {
    vec![
        ("documents", documents(corpus)),
        ("actors", query::actors(corpus)),
        ("relations", relations(corpus)),
        ("claims", query::claims(corpus, &ClaimFilter::default())),
        ("events", events(corpus)),
    ]
}

fn opt(v: &Option<String>) -> Value {
    v.as_ref().map_or(Value::Null, |s| json!(s))
}

/// One row per stored document: id, title, url, outlet, published, origin, tokens.
pub fn documents(corpus: &Corpus) -> Table {
    Table {
        columns: vec![
            "id",
            "title",
            "url",
            "outlet",
            "published",
            "origin",
            "tokens",
        ],
        rows: corpus
            .records
            .docs
            .iter()
            .map(|d| {
                vec![
                    json!(d.id),
                    opt(&d.title),
                    opt(&d.url),
                    opt(&d.outlet),
                    opt(&d.published),
                    json!(d.origin),
                    json!(d.tokens),
                ]
            })
            .collect(),
    }
}

fn relations(corpus: &Corpus) -> Table {
    Table {
        columns: vec![
            "doc",
            "subject",
            "subject_name",
            "predicate",
            "object",
            "object_name",
            "claim",
            "evidence",
            "start",
            "end",
        ],
        rows: corpus
            .records
            .relations
            .iter()
            .map(|r| {
                vec![
                    json!(r.doc_id),
                    json!(corpus.actor_id(&r.doc_id, &r.subject)),
                    json!(corpus.actor_name(&r.doc_id, &r.subject)),
                    json!(r.predicate),
                    json!(corpus.actor_id(&r.doc_id, &r.object)),
                    json!(corpus.actor_name(&r.doc_id, &r.object)),
                    opt(&r.claim),
                    json!(r.evidence),
                    json!(r.start),
                    json!(r.end),
                ]
            })
            .collect(),
    }
}

/// Events in timeline order, with POLECAT column names.
fn events(corpus: &Corpus) -> Table {
    let mut table = Table {
        columns: vec![
            "Event ID",
            "Event Date",
            "Event Type",
            "Event Mode",
            "Actor Name",
            "Actor Country",
            "Primary Actor Sector",
            "Recipient Name",
            "Recipient Country",
            "Primary Recipient Sector",
            "Placename",
            "Country",
            "Latitude",
            "Longitude",
            "Story ID",
            "Source",
            "Publication Date",
            "Headline",
            "Event Text",
            "Modality",
            "CAMEO",
        ],
        rows: Vec::new(),
    };
    let entity = |doc: &str, id: Option<&String>| {
        let e = id?;
        let entities = &corpus.records.entities;
        corpus
            .rows_of(doc)
            .entities
            .iter()
            .map(|&i| &entities[i])
            .find(|x| &x.id == e)
    };
    for entry in corpus.timeline() {
        let Item::Event(i) = entry.item else { continue };
        let v = &corpus.records.events[i];
        let doc = corpus.doc(&v.doc_id);
        let side = |ids: &[String]| {
            let first = entity(&v.doc_id, ids.first());
            let names: Vec<String> = ids
                .iter()
                .map(|e| corpus.actor_name(&v.doc_id, e))
                .collect();
            (
                json!(names.join("; ")),
                opt(&first.and_then(|e| e.country.clone())),
                opt(&first.and_then(|e| e.sector.clone())),
            )
        };
        let (actor, actor_country, actor_sector) = side(&v.sources);
        let (recipient, recipient_country, recipient_sector) = side(&v.targets);
        table.rows.push(vec![
            json!(format!("{}#{}", v.doc_id, v.id)),
            opt(&entry.date),
            json!(v.etype),
            opt(&v.mode),
            actor,
            actor_country,
            actor_sector,
            recipient,
            recipient_country,
            recipient_sector,
            opt(&v.place),
            opt(&v.country),
            v.lat.map_or(Value::Null, |x| json!(x)),
            v.lon.map_or(Value::Null, |x| json!(x)),
            json!(v.doc_id),
            opt(&doc.and_then(|d| d.outlet.clone())),
            opt(&doc.and_then(|d| d.published.clone())),
            opt(&doc.and_then(|d| d.title.clone())),
            json!(v.trigger),
            json!(v.modality),
            opt(&v.cameo),
        ]);
    }
    table
}

/// Writes every table as JSON Lines, each object tagged with its `kind`
/// (`document`, `actor`, `relation`, `claim`, `event`).
pub fn write_jsonl(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    for (name, table) in tables(corpus) {
        let kind = name.trim_end_matches('s');
        for row in table.to_json().as_array().into_iter().flatten() {
            let mut object = serde_json::Map::new();
            object.insert("kind".into(), json!(kind));
            if let Value::Object(fields) = row {
                object.extend(fields.clone());
            }
            serde_json::to_writer(&mut *out, &Value::Object(object))?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// A CSV field, quoted when needed.
pub fn csv_field(value: &Value) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Writes one table as CSV with a header line.
pub fn write_csv(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    let header: Vec<String> = table.columns.iter().map(|c| csv_field(&json!(c))).collect();
    writeln!(out, "{}", header.join(","))?;
    for row in &table.rows {
        let fields: Vec<String> = row.iter().map(csv_field).collect();
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}

/// An edge of the actor graph: relations and events between two actors.
struct Edge {
    label: String,
    kind: &'static str,
    weight: usize,
}

/// The edges of the actor graph, from relations and events dated as `keep` allows
/// (a relation is dated by its document, an event by its own date or its document's).
fn graph_edges(
    corpus: &Corpus,
    keep: &dyn Fn(Option<&str>) -> bool,
) -> BTreeMap<(usize, usize, String), Edge> {
    let mut edges: BTreeMap<(usize, usize, String), Edge> = BTreeMap::new();
    let published = |doc: &str| corpus.doc(doc).and_then(|d| d.published.clone());
    let mut add = |doc: &str, from: &str, to: &str, label: &str, kind: &'static str| {
        let (Some(a), Some(b)) = (corpus.actors.of(doc, from), corpus.actors.of(doc, to)) else {
            return;
        };
        edges
            .entry((a, b, label.to_string()))
            .or_insert(Edge {
                label: label.to_string(),
                kind,
                weight: 0,
            })
            .weight += 1;
    };
    for r in &corpus.records.relations {
        if keep(published(&r.doc_id).as_deref()) {
            add(&r.doc_id, &r.subject, &r.object, &r.predicate, "relation");
        }
    }
    for v in &corpus.records.events {
        let date = v.date_value.clone().or_else(|| published(&v.doc_id));
        if !keep(date.as_deref()) {
            continue;
        }
        for s in &v.sources {
            for t in &v.targets {
                add(&v.doc_id, s, t, &v.etype, "event");
            }
        }
    }
    edges
}

fn xml(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            '\'' => "&apos;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn document_counts(corpus: &Corpus) -> Vec<usize> {
    corpus
        .actors
        .list
        .iter()
        .map(|a| {
            let mut docs: Vec<&str> = a.members.iter().map(|m| m.0.as_str()).collect();
            docs.dedup();
            docs.len()
        })
        .collect()
}

/// The most frequent sector given to an actor's document entities.
fn sector(corpus: &Corpus, actor: usize) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (doc, entity) in &corpus.actors.list[actor].members {
        let entities = &corpus.records.entities;
        let found = corpus.rows_of(doc).entities.iter().map(|&i| &entities[i]);
        for e in found.filter(|e| &e.id == entity) {
            if let Some(s) = &e.sector {
                *counts.entry(s.as_str()).or_default() += 1;
            }
        }
    }
    let best = counts
        .iter()
        .max_by_key(|(s, n)| (**n, std::cmp::Reverse(**s)));
    best.map(|(s, _)| s.to_string())
}

/// The actor graph as JSON: `nodes` (actors with type, sector, country and
/// document count) and `edges` (relations and events between them, weighted),
/// counting only relations and events dated between `since` and `until`
/// (see [`query::within`]).
pub fn graph_json(corpus: &Corpus, since: Option<&str>, until: Option<&str>) -> Value {
    let counts = document_counts(corpus);
    let list = &corpus.actors.list;
    let nodes: Vec<Value> = list
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({
                "id": a.id,
                "name": a.name,
                "type": a.etype,
                "sector": sector(corpus, i),
                "country": a.country,
                "kb_id": a.kb_id,
                "documents": counts[i],
            })
        })
        .collect();
    let keep = |date: Option<&str>| query::within(date, since, until);
    let edges: Vec<Value> = graph_edges(corpus, &keep)
        .into_iter()
        .map(|((a, b, _), edge)| {
            json!({
                "source": list[a].id,
                "target": list[b].id,
                "label": edge.label,
                "kind": edge.kind,
                "weight": edge.weight,
            })
        })
        .collect();
    json!({ "nodes": nodes, "edges": edges })
}

/// Writes the actor graph as GraphML: actors as nodes, relations and events
/// between them as weighted directed edges.
pub fn write_graphml(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, target, name, ty) in [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("kb_id", "node", "kb_id", "string"),
        ("country", "node", "country", "string"),
        ("documents", "node", "documents", "int"),
        ("elabel", "edge", "label", "string"),
        ("kind", "edge", "kind", "string"),
        ("weight", "edge", "weight", "double"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{target}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="actors" edgedefault="directed">"#)?;
    let counts = document_counts(corpus);
    for (i, a) in corpus.actors.list.iter().enumerate() {
        writeln!(out, r#"    <node id="{}">"#, xml(&a.id))?;
        writeln!(out, r#"      <data key="label">{}</data>"#, xml(&a.name))?;
        writeln!(out, r#"      <data key="type">{}</data>"#, xml(&a.etype))?;
        if let Some(kb) = &a.kb_id {
            writeln!(out, r#"      <data key="kb_id">{}</data>"#, xml(kb))?;
        }
        if let Some(c) = &a.country {
            writeln!(out, r#"      <data key="country">{}</data>"#, xml(c))?;
        }
        writeln!(out, r#"      <data key="documents">{}</data>"#, counts[i])?;
        writeln!(out, "    </node>")?;
    }
    for (n, ((a, b, _), edge)) in graph_edges(corpus, &|_| true).iter().enumerate() {
        let list = &corpus.actors.list;
        writeln!(
            out,
            r#"    <edge id="r{n}" source="{}" target="{}">"#,
            xml(&list[*a].id),
            xml(&list[*b].id)
        )?;
        writeln!(
            out,
            r#"      <data key="elabel">{}</data>"#,
            xml(&edge.label)
        )?;
        writeln!(out, r#"      <data key="kind">{}</data>"#, edge.kind)?;
        writeln!(out, r#"      <data key="weight">{}</data>"#, edge.weight)?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// Writes the actor graph as GEXF 1.3 (Gephi's own format).
pub fn write_gexf(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(
        out,
        "  <meta><creator>Dossier</creator><description>Actor graph</description></meta>"
    )?;
    writeln!(out, r#"  <graph defaultedgetype="directed" mode="static">"#)?;
    writeln!(out, r#"    <attributes class="node">"#)?;
    for (i, (name, ty)) in [
        ("type", "string"),
        ("kb_id", "string"),
        ("country", "string"),
        ("documents", "integer"),
    ]
    .iter()
    .enumerate()
    {
        writeln!(
            out,
            r#"      <attribute id="{i}" title="{name}" type="{ty}"/>"#
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, r#"    <attributes class="edge">"#)?;
    writeln!(
        out,
        r#"      <attribute id="0" title="kind" type="string"/>"#
    )?;
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <nodes>")?;
    let counts = document_counts(corpus);
    for (i, a) in corpus.actors.list.iter().enumerate() {
        writeln!(
            out,
            r#"      <node id="{}" label="{}">"#,
            xml(&a.id),
            xml(&a.name)
        )?;
        writeln!(out, "        <attvalues>")?;
        let values = [
            Some(a.etype.clone()),
            a.kb_id.clone(),
            a.country.clone(),
            Some(counts[i].to_string()),
        ];
        for (k, v) in values.iter().enumerate() {
            if let Some(v) = v {
                writeln!(out, r#"          <attvalue for="{k}" value="{}"/>"#, xml(v))?;
            }
        }
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    for (n, ((a, b, _), edge)) in graph_edges(corpus, &|_| true).iter().enumerate() {
        let list = &corpus.actors.list;
        writeln!(
            out,
            r#"      <edge id="{n}" source="{}" target="{}" label="{}" weight="{}">"#,
            xml(&list[*a].id),
            xml(&list[*b].id),
            xml(&edge.label),
            edge.weight
        )?;
        writeln!(
            out,
            r#"        <attvalues><attvalue for="0" value="{}"/></attvalues>"#,
            edge.kind
        )?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::fixtures::{document, entity, event, relation};
    use crate::corpus::Records;

    fn corpus() -> Corpus {
        let mut a = document("d1", "Reuters", "Jalal Talabani leads the PUK & met Iran.");
        entity(
            &mut a,
            "e1",
            "Jalal Talabani",
            "PERSON",
            &["Jalal Talabani"],
            None,
        );
        entity(&mut a, "e2", "PUK", "ORG", &["PUK"], None);
        entity(&mut a, "e3", "Iran", "GPE", &["Iran"], None);
        a.entities[2].country = Some("IRN".into());
        relation(&mut a, "e1", "leader_of", "e2");
        event(
            &mut a,
            "v1",
            "CONSULT",
            Some("e1"),
            Some("e3"),
            Some("2024-05-01"),
        );
        Corpus::build(Records::from_documents([&a]))
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field(&json!("a,b")), "\"a,b\"");
        assert_eq!(csv_field(&json!("say \"no\"")), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field(&Value::Null), "");
        assert_eq!(csv_field(&json!(3)), "3");
    }

    #[test]
    fn event_csv_uses_polecat_names() {
        let c = corpus();
        let (_, table) = tables(&c).into_iter().find(|t| t.0 == "events").unwrap();
        let mut out = Vec::new();
        write_csv(&table, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut lines = text.lines();
        assert!(lines
            .next()
            .unwrap()
            .starts_with("Event ID,Event Date,Event Type,Event Mode,Actor Name"));
        let row = lines.next().unwrap();
        assert!(
            row.starts_with("d1#v1,2024-05-01,CONSULT,,Jalal Talabani,,,Iran,IRN"),
            "{row}"
        );
    }

    #[test]
    fn jsonl_tags_every_line_with_its_kind() {
        let c = corpus();
        let mut out = Vec::new();
        write_jsonl(&c, &mut out).unwrap();
        let kinds: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["kind"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            kinds,
            ["document", "actor", "actor", "actor", "relation", "event"]
        );
    }

    #[test]
    fn graphs_hold_actors_and_weighted_edges() {
        let c = corpus();
        let mut graphml = Vec::new();
        write_graphml(&c, &mut graphml).unwrap();
        let graphml = String::from_utf8(graphml).unwrap();
        assert_eq!(graphml.matches("<node ").count(), 3);
        assert_eq!(graphml.matches("<edge ").count(), 2);
        assert!(graphml.contains(r#"source="jalal-talabani" target="puk""#));
        let mut gexf = Vec::new();
        write_gexf(&c, &mut gexf).unwrap();
        let gexf = String::from_utf8(gexf).unwrap();
        assert_eq!(gexf.matches("<node ").count(), 3);
        assert!(gexf.contains(r#"label="CONSULT" weight="1""#));
        assert_eq!(xml("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
