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
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
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

#endif
