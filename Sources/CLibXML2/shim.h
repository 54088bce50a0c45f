/* The one header through which Teigram sees libxml2. Only the TeigramXML target imports it. */
#ifndef TEIGRAM_CLIBXML2_SHIM_H
#define TEIGRAM_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's <libxml/encoding.h> includes ICU's <unicode/ucnv.h> when ICU is enabled. A module that sees both
   Foundation and this header then fails on a *clean* build with "'UErrorCode' has different definitions in
   different modules" (Foundation ships its own ICU). We never touch the ICU-typed fields, so hide them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlstring.h>

/// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void teigram_xml_free(void *pointer) { xmlFree(pointer); }

/// The generic error handler is variadic and cannot be written in Swift: this one drops the message
/// (all errors Teigram reports come through the structured handlers).
static void teigram_generic_error_noop(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void teigram_silence_generic_errors(void) { xmlSetGenericErrorFunc(NULL, teigram_generic_error_noop); }

/// An external entity loader that refuses everything: no file, no network, no DTD is ever read.
static xmlParserInputPtr teigram_deny_entity_loader(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}
static inline void teigram_install_deny_all_entity_loader(void) { xmlSetExternalEntityLoader(teigram_deny_entity_loader); }

/* XML Schema datatypes exactly as libxml2's RELAX NG validator checks them (relaxng.c,
   xmlRelaxNGSchemaTypeCheck and xmlRelaxNGSchemaFacetCheck), except that a facet is compiled once
   (teigram_xsd_facet) instead of for every value. */

/// The W3C XML Schema built-in type `name`, or NULL.
static inline xmlSchemaTypePtr teigram_xsd_type(const char *name) {
    xmlSchemaInitTypes();
    return xmlSchemaGetPredefinedType((const xmlChar *)name, (const xmlChar *)"http://www.w3.org/2001/XMLSchema");
}

/// The facet `name` = `value` of `type`, checked and compiled (a pattern's regular expression), or NULL when
/// libxml2's RELAX NG validator would not accept it. Free with teigram_xsd_free_facet.
static inline xmlSchemaFacetPtr teigram_xsd_facet(xmlSchemaTypePtr type, const char *typeName, const char *name, const char *value) {
    static const struct { const char *name; xmlSchemaTypeType type; } kinds[] = {
        {"minInclusive", XML_SCHEMA_FACET_MININCLUSIVE}, {"minExclusive", XML_SCHEMA_FACET_MINEXCLUSIVE},
        {"maxInclusive", XML_SCHEMA_FACET_MAXINCLUSIVE}, {"maxExclusive", XML_SCHEMA_FACET_MAXEXCLUSIVE},
        {"totalDigits", XML_SCHEMA_FACET_TOTALDIGITS}, {"fractionDigits", XML_SCHEMA_FACET_FRACTIONDIGITS},
        {"pattern", XML_SCHEMA_FACET_PATTERN}, {"enumeration", XML_SCHEMA_FACET_ENUMERATION},
        {"whiteSpace", XML_SCHEMA_FACET_WHITESPACE}, {"length", XML_SCHEMA_FACET_LENGTH},
        {"maxLength", XML_SCHEMA_FACET_MAXLENGTH}, {"minLength", XML_SCHEMA_FACET_MINLENGTH},
    };
    for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        if (!xmlStrEqual((const xmlChar *)name, (const xmlChar *)kinds[i].name)) continue;
        xmlSchemaFacetPtr facet = xmlSchemaNewFacet();
        if (facet == NULL) return NULL;
        facet->type = kinds[i].type;
        facet->value = xmlStrdup((const xmlChar *)value);
        if (facet->value == NULL || xmlSchemaCheckFacet(facet, type, NULL, (const xmlChar *)typeName) != 0) {
            if (facet->value != NULL) xmlFree((xmlChar *)facet->value);
            xmlSchemaFreeFacet(facet);
            return NULL;
        }
        return facet;
    }
    return NULL;
}

/// Frees a facet made by teigram_xsd_facet (with the copy of its value, which libxml2 does not free).
static inline void teigram_xsd_free_facet(xmlSchemaFacetPtr facet) {
    if (facet == NULL) return;
    if (facet->value != NULL) xmlFree((xmlChar *)facet->value);
    xmlSchemaFreeFacet(facet);
}

/// 1 when `value` belongs to `type` and satisfies every facet, 0 when it does not, -1 on an internal error.
static inline int teigram_xsd_check(xmlSchemaTypePtr type, xmlSchemaFacetPtr *facets, int facetCount, const char *value) {
    xmlSchemaValPtr computed = NULL;
    int ret = xmlSchemaValPredefTypeNode(type, (const xmlChar *)value, facetCount > 0 ? &computed : NULL, NULL);
    int verdict = ret == 0 ? 1 : (ret > 0 ? 0 : -1);
    for (int i = 0; verdict == 1 && i < facetCount; i++) {
        if (xmlSchemaValidateFacet(type, facets[i], (const xmlChar *)value, computed) != 0) verdict = 0;
    }
    if (computed != NULL) xmlSchemaFreeValue(computed);
    return verdict;
}

#endif
