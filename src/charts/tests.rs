use super::*;
use crate::model::analysis::district::DistrictArea;
use crate::model::analysis::progress::YearRow;
use crate::model::matrix::Tally;
use crate::model::values::date::SchoolYear;

fn chart(labels: &[&str], series: &[&[Option<u8>]]) -> LineChart {
    LineChart {
        labels: labels.iter().map(|l| l.to_string()).collect(),
        series: series
            .iter()
            .enumerate()
            .map(|(i, values)| Series {
                name: format!("Series {i}"),
                values: values.to_vec(),
                bold: i == 0,
            })
            .collect(),
    }
}

const YEARS: [&str; 3] = ["2025-26", "2026-27", "2027-28"];

#[test]
fn years_spread_evenly_and_percent_runs_from_the_bottom_to_the_top() {
    let g = chart(&YEARS, &[&[Some(0), Some(50), Some(100)]]).geometry();
    assert_eq!(g.view_box(), "0 0 560 260");
    let xs: Vec<f64> = g.years.iter().map(|y| y.x).collect();
    assert_eq!(xs, [76.0, 298.0, 520.0]);
    assert_eq!(xs[0] - g.plot.left, INSET);
    assert_eq!(g.plot.right - xs[2], INSET);
    let labels: Vec<_> = g.years.iter().map(|y| y.label.as_deref()).collect();
    assert_eq!(
        labels,
        [Some("2025-26"), Some("2026-27"), Some("2027-28")],
        "three years all fit"
    );
    let marks: Vec<Point> = g.series[0].marks.iter().map(|m| m.at).collect();
    assert_eq!(
        marks,
        [
            Point { x: 76.0, y: 226.0 },
            Point { x: 298.0, y: 120.0 },
            Point { x: 520.0, y: 14.0 }
        ]
    );
    assert_eq!(g.plot.y_of(0), g.plot.bottom);
    assert_eq!(g.plot.y_of(100), g.plot.top);
    assert_eq!(
        g.plot.y_of(200),
        g.plot.top,
        "beyond 100 % stays on the chart"
    );
    assert_eq!(g.series[0].segments.len(), 1);
    assert_eq!(points(&g.series[0].segments[0]), "76,226 298,120 520,14");
}

#[test]
fn gridlines_are_every_quarter_with_their_labels() {
    let g = chart(&YEARS, &[&[Some(10), Some(20), Some(30)]]).geometry();
    let grid: Vec<(u8, f64, &str)> = g
        .gridlines
        .iter()
        .map(|l| (l.percent, l.y, l.label.as_str()))
        .collect();
    assert_eq!(
        grid,
        [
            (0, 226.0, "0 %"),
            (25, 173.0, "25 %"),
            (50, 120.0, "50 %"),
            (75, 67.0, "75 %"),
            (100, 14.0, "100 %"),
        ]
    );
}

#[test]
fn a_missing_year_breaks_the_line_but_keeps_the_marks() {
    let g = chart(
        &["2023-24", "2024-25", "2025-26", "2026-27", "2027-28"],
        &[
            &[Some(10), Some(20), None, Some(40), Some(50)],
            // Alone between two gaps: a mark, no line.
            &[None, Some(30), None, None, Some(70)],
        ],
    )
    .geometry();
    let first = &g.series[0];
    assert_eq!(first.marks.len(), 4);
    assert_eq!(
        first.marks.iter().map(|m| m.year).collect::<Vec<_>>(),
        [0, 1, 3, 4]
    );
    assert_eq!(first.segments.len(), 2, "broken at 2025-26");
    assert_eq!(first.segments[0].len(), 2);
    assert_eq!(first.segments[1].len(), 2);
    assert_eq!(first.segments[1][0], first.marks[2].at);
    let second = &g.series[1];
    assert_eq!(second.marks.len(), 2);
    assert!(second.segments.is_empty(), "no two years in a row");
    assert_eq!(second.marks[1].percent, 70);
}

#[test]
fn an_area_missing_from_the_first_year_starts_later() {
    let progress = Progress {
        school: "Lincoln".into(),
        areas: vec![
            DistrictArea {
                id: "vision".into(),
                name: "Vision".into(),
            },
            DistrictArea {
                id: "family".into(),
                name: "Family engagement".into(),
            },
        ],
        years: ["2025-26", "2026-27", "2027-28"]
            .iter()
            .enumerate()
            .map(|(i, year)| YearRow {
                year: SchoolYear::parse(year).unwrap(),
                overall: Tally {
                    in_place: i,
                    gap: 2 - i,
                    ..Tally::default()
                },
                areas: vec![
                    Some(Tally {
                        in_place: 1,
                        ..Tally::default()
                    }),
                    (i > 0).then(|| Tally {
                        in_place: 1,
                        gap: 1,
                        ..Tally::default()
                    }),
                ],
            })
            .collect(),
    };
    let data = LineChart::from_progress(&progress);
    assert_eq!(data.labels, YEARS);
    let names: Vec<&str> = data.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Overall", "Vision", "Family engagement"]);
    assert!(data.series[0].bold && !data.series[1].bold);
    assert_eq!(data.series[0].values, [Some(0), Some(50), Some(100)]);
    assert_eq!(data.series[2].values, [None, Some(50), Some(50)]);
    let g = data.geometry();
    let family = &g.series[2];
    assert_eq!(family.marks.len(), 2);
    assert_eq!(family.segments.len(), 1);
    assert_eq!(points(&family.segments[0]), "298,120 520,120");
    assert_eq!(g.series[0].style, style_of(0));
    assert_eq!(g.series[0].style.marker, Marker::Circle);
}

#[test]
fn many_years_label_every_few_and_always_the_first_and_last() {
    let labels: Vec<String> = (0..15)
        .map(|i| SchoolYear::starting(2020 + i).unwrap().label())
        .collect();
    let values: Vec<Option<u8>> = (0..15).map(|i| Some(i as u8 * 6)).collect();
    let data = LineChart {
        labels: labels.clone(),
        series: vec![Series {
            name: "Overall".into(),
            values,
            bold: true,
        }],
    };
    let g = data.geometry();
    assert_eq!(g.years.len(), 15);
    assert_eq!(g.series[0].marks.len(), 15);
    assert_eq!(g.series[0].segments[0].len(), 15);
    let shown: Vec<(f64, &str)> = g
        .years
        .iter()
        .filter_map(|y| Some((y.x, y.label.as_deref()?)))
        .collect();
    assert!(shown.len() < 15 && shown.len() >= 4, "{shown:?}");
    assert_eq!(shown[0].1, "2020-21");
    assert_eq!(shown.last().unwrap().1, "2034-35");
    for pair in shown.windows(2) {
        assert!(pair[1].0 - pair[0].0 >= MIN_LABEL_GAP, "{shown:?}");
    }
    // Every shown label is the year's own.
    for (i, year) in g.years.iter().enumerate() {
        if let Some(label) = &year.label {
            assert_eq!(*label, labels[i]);
        }
    }
    // Ascending x, inside the plot.
    assert!(g.years.windows(2).all(|w| w[0].x < w[1].x));
    assert!(g
        .years
        .iter()
        .all(|y| y.x > g.plot.left && y.x < g.plot.right));
}

#[test]
fn one_year_or_none_still_places_safely() {
    let g = chart(&["2026-27"], &[&[Some(40)]]).geometry();
    assert_eq!(g.years[0].x, (g.plot.left + g.plot.right) / 2.0);
    assert_eq!(g.years[0].label.as_deref(), Some("2026-27"));
    assert_eq!(g.series[0].marks.len(), 1);
    assert!(g.series[0].segments.is_empty());
    let empty = chart(&[], &[&[]]).geometry();
    assert!(empty.years.is_empty());
    assert!(empty.series[0].marks.is_empty());
    assert_eq!(empty.gridlines.len(), 5);
}

#[test]
fn numbers_and_shapes_are_written_compactly() {
    assert_eq!(num(12.0), "12");
    assert_eq!(num(12.345), "12.3");
    assert_eq!(num(-0.04), "0");
    assert_eq!(
        points(&[Point { x: 1.0, y: 2.56 }, Point { x: 3.25, y: 4.0 }]),
        "1,2.6 3.3,4"
    );
    let at = Point { x: 10.0, y: 20.0 };
    assert_eq!(
        Marker::Square.path(at, 5.0),
        "M5.5,15.5L14.5,15.5L14.5,24.5L5.5,24.5Z"
    );
    assert_eq!(
        Marker::Circle.path(at, 5.0),
        "M5,20A5,5 0 1 0 15,20A5,5 0 1 0 5,20Z"
    );
    assert_eq!(
        Marker::Diamond.path(at, 5.0),
        "M10,13.5L16.5,20L10,26.5L3.5,20Z"
    );
    let all = [
        Marker::Circle,
        Marker::Square,
        Marker::Triangle,
        Marker::Diamond,
        Marker::TriangleDown,
        Marker::Plus,
    ];
    let paths: Vec<String> = all.iter().map(|m| m.path(at, 5.0)).collect();
    for (i, a) in paths.iter().enumerate() {
        assert!(a.starts_with('M') && a.ends_with('Z'));
        assert!(paths[i + 1..].iter().all(|b| a != b), "each shape differs");
    }
}

fn luminance(hex: &str) -> f64 {
    let channel = |at: usize| {
        let c = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn every_colour_has_3_to_1_contrast_and_no_two_areas_look_alike() {
    for colour in AREA_COLOURS.iter().chain([&MAIN_COLOUR]) {
        for background in ["#ffffff", "#f4f6f9"] {
            let ratio = contrast(colour, background);
            assert!(ratio >= 3.0, "{colour} on {background}: {ratio:.2}");
        }
    }
    let styles: Vec<SeriesStyle> = (0..25).map(style_of).collect();
    for (i, a) in styles.iter().enumerate() {
        assert!(
            styles[i + 1..].iter().all(|b| a != b),
            "series {i} shares colour and shape with a later one"
        );
    }
    assert_ne!(style_of(1).marker, style_of(2).marker);
    assert_ne!(style_of(1).colour, style_of(2).colour);
}
