// The types of the XML layer that TeigramCore's own API speaks in, so that a client needs one import.
@_exported import struct TeigramXML.Diagnostic
