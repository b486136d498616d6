//! `keyed_enum!`: a fixed vocabulary written once. Each variant's serde name
//! is also its `key()` (form values, CSS suffixes, tests), and its label is
//! what people read, so the file format and the UI cannot drift apart.

/// Declares an enum whose variants each have a serde key and a label.
///
/// ```ignore
/// keyed_enum! {
///     /// How far a statement is in place.
///     pub enum Status {
///         #[default]
///         NotAssessed => "not_assessed", "Not assessed";
///         InPlace => "in_place", "In place";
///     }
/// }
/// ```
///
/// Generates `ALL` (in declaration order), `CHOICES`, `key()`, `label()` and `from_key()`.
/// Add `#[derive(Default)]` through the attributes when one variant is `#[default]`.
#[macro_export]
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $key:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $key)] $variant, )+
        }

        impl $name {
            /// Every variant, in the order people see them.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// Every variant's `(key, label)`, in `ALL`'s order: plain data, so
            /// one select view serves every vocabulary instead of one per type.
            /// Not every vocabulary is shown in a select.
            #[allow(dead_code)]
            pub const CHOICES: &'static [(&'static str, &'static str)] =
                &[ $( ($key, $label), )+ ];

            /// The serde name: the file format's spelling, also used as a form value.
            pub fn key(self) -> &'static str {
                match self { $( $name::$variant => $key, )+ }
            }

            /// What people read.
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                match key { $( $key => Some($name::$variant), )+ _ => None }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::keyed_enum! {
        #[derive(Default)]
        pub enum Sample {
            #[default]
            First => "first_one", "First one";
            Second => "second", "Second";
        }
    }

    #[test]
    fn key_is_the_serde_name() {
        for value in Sample::ALL {
            let json = serde_json::to_string(value).unwrap();
            assert_eq!(json, format!("\"{}\"", value.key()));
            assert_eq!(serde_json::from_str::<Sample>(&json).unwrap(), *value);
            assert_eq!(Sample::from_key(value.key()), Some(*value));
        }
        assert_eq!(Sample::default(), Sample::First);
        assert_eq!(Sample::Second.label(), "Second");
        assert_eq!(Sample::from_key("third"), None);
        assert_eq!(
            Sample::CHOICES,
            &[("first_one", "First one"), ("second", "Second")]
        );
    }
}
