//! JSON text written by the planner: the plan file (pretty), the working
//! copy (compact) and the merge's item hashes (compact) all go through one
//! formatter type, `DocumentFormatter`.

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

/// How a document is written: pretty (two-space indent, as
/// `serde_json::to_string_pretty`) for the exported file, compact for the
/// working copy in localStorage. One formatter type for both, so the
/// serializer of every plan type is compiled once into the wasm (a second
/// formatter type would compile them all again: about 8 KB of gzip).
struct DocumentFormatter {
    /// `Some` writes pretty, `None` compact.
    pretty: Option<PrettyFormatter<'static>>,
}

/// Each method the pretty formatter changes, delegated to it when pretty and
/// to the trait's default (what `CompactFormatter` writes) otherwise.
macro_rules! layout_methods {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        // Not inlined: every field of every plan type calls these, and an
        // inlined copy of both layouts at each call would grow the wasm.
        #[inline(never)]
        fn $method<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            match &mut self.pretty {
                Some(pretty) => pretty.$method(writer $(, $arg)*),
                None => CompactFormatter.$method(writer $(, $arg)*),
            }
        }
    )*};
}

impl Formatter for DocumentFormatter {
    layout_methods! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}

/// `value` as JSON text, pretty or compact, through the one formatter type
/// (`capacity`: the bytes to reserve, about the text's length).
pub fn write_json(value: &impl Serialize, pretty: bool, capacity: usize) -> String {
    let formatter = DocumentFormatter {
        pretty: pretty.then(PrettyFormatter::new),
    };
    let mut bytes = Vec::with_capacity(capacity);
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
    // Serializing plain structs and strings into memory cannot fail, and
    // serde_json writes only UTF-8.
    match value.serialize(&mut serializer) {
        Ok(()) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}
