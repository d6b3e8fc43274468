"""The ontology's namespaces and the IRI bases of kg resources."""

from __future__ import annotations

NKG = "https://w3id.org/newskg/ontology#"
ID = "https://w3id.org/newskg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
GEONAMES = "https://sws.geonames.org/"
# The named graph the ontology itself is loaded into, next to the article graphs.
ONTOLOGY_GRAPH = "https://w3id.org/newskg/ontology"

PREFIXES: dict[str, str] = {
    "nkg": NKG,
    "id": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "geo": GEO,
    "owl": OWL,
    "prov": PROV,
}

def sparql_prefixes() -> str:
    """Return PREFIX declarations for every namespace above, for prepending to queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
