//! A line chart as plain geometry: where every year, gridline, line and
//! marker goes in an SVG `viewBox` of [`WIDTH`] × [`HEIGHT`], from series of
//! percentages with gaps. Pure (no Leptos, no browser), so it is tested
//! natively; `ui::progress` draws it, for the progress over the years
//! ([`LineChart::from_progress`]).
//!
//! The y axis always runs from 0 % to 100 %, with gridlines at every
//! quarter. Years are spread evenly across the plot; where they would crowd
//! (many years), only every n-th is labelled, the first and the last always.
//! A series with no value for a year breaks its line there: a line only
//! joins values of years next to each other, and every value has a marker,
//! so a year standing alone still shows. Each series has a colour and a
//! marker shape ([`style_of`]), so no line is told apart by colour alone.

use crate::model::analysis::progress::{Progress, OVERALL};

/// The `viewBox` width; the drawing scales to the width it is given.
pub const WIDTH: f64 = 560.0;
/// The `viewBox` height.
pub const HEIGHT: f64 = 260.0;
/// Room for the percent labels left of the plot.
const LEFT: f64 = 52.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
/// Room for the year labels under the plot.
const BOTTOM: f64 = 34.0;
/// The first and last years sit this far inside the plot, so their markers
/// are whole.
const INSET: f64 = 24.0;
/// Year labels ("2025-26", about 50 units wide) at least this far apart.
pub const MIN_LABEL_GAP: f64 = 64.0;
/// The gridlines, in percent.
pub const GRIDLINES: [u8; 5] = [0, 25, 50, 75, 100];

/// One line: a name, a value per year (`None` where there is none) and
/// whether it is the chart's main line, drawn bold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub name: String,
    /// Percentages, 0..=100 (larger ones are drawn at 100); one per label.
    pub values: Vec<Option<u8>>,
    pub bold: bool,
}

/// The data of a line chart: the years' labels and the lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineChart {
    pub labels: Vec<String>,
    pub series: Vec<Series>,
}

impl LineChart {
    /// The progress over the years: "Overall" first (bold), then each
    /// responsibility area, in the order `Progress::areas` has them.
    pub fn from_progress(progress: &Progress) -> LineChart {
        let years = 0..progress.years.len();
        let overall = Series {
            name: OVERALL.to_string(),
            values: years
                .clone()
                .map(|year| Some(progress.overall_percent(year)))
                .collect(),
            bold: true,
        };
        let areas = progress.areas.iter().enumerate().map(|(area, a)| Series {
            name: a.name.clone(),
            values: years
                .clone()
                .map(|year| progress.area_percent(area, year))
                .collect(),
            bold: false,
        });
        LineChart {
            labels: progress.year_labels(),
            series: std::iter::once(overall).chain(areas).collect(),
        }
    }

    /// Where everything goes.
    pub fn geometry(&self) -> Geometry {
        let plot = Plot {
            left: LEFT,
            top: TOP,
            right: WIDTH - RIGHT,
            bottom: HEIGHT - BOTTOM,
        };
        let xs = plot.year_positions(self.labels.len());
        let shown = shown_labels(&xs);
        let years = self
            .labels
            .iter()
            .zip(&xs)
            .enumerate()
            .map(|(i, (label, &x))| YearTick {
                x,
                label: shown.contains(&i).then(|| label.clone()),
            })
            .collect();
        let gridlines = GRIDLINES
            .iter()
            .map(|&percent| Gridline {
                percent,
                y: plot.y_of(percent),
                label: format!("{percent} %"),
            })
            .collect();
        let series = self
            .series
            .iter()
            .enumerate()
            .map(|(index, series)| {
                let marks: Vec<Mark> = series
                    .values
                    .iter()
                    .zip(&xs)
                    .enumerate()
                    .filter_map(|(year, (value, &x))| {
                        let percent = (*value)?;
                        Some(Mark {
                            at: Point {
                                x,
                                y: plot.y_of(percent),
                            },
                            year,
                            percent,
                        })
                    })
                    .collect();
                SeriesGeometry {
                    name: series.name.clone(),
                    bold: series.bold,
                    style: style_of(index),
                    segments: segments(&marks),
                    marks,
                }
            })
            .collect();
        Geometry {
            width: WIDTH,
            height: HEIGHT,
            plot,
            gridlines,
            years,
            series,
        }
    }
}

/// A point in the `viewBox`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The plot area inside the `viewBox`: gridlines run from `left` to `right`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Plot {
    /// The height of a percentage: 0 at the bottom, 100 at the top.
    pub fn y_of(&self, percent: u8) -> f64 {
        let share = f64::from(percent.min(100)) / 100.0;
        self.bottom - share * (self.bottom - self.top)
    }

    /// The x of each of `count` years: evenly spread, the first and last
    /// `INSET` inside the plot; one year in the middle.
    fn year_positions(&self, count: usize) -> Vec<f64> {
        let first = self.left + INSET;
        let last = self.right - INSET;
        match count {
            0 => Vec::new(),
            1 => vec![(first + last) / 2.0],
            _ => {
                let step = (last - first) / (count - 1) as f64;
                (0..count).map(|i| first + step * i as f64).collect()
            }
        }
    }
}

/// A horizontal gridline and its label ("50 %").
#[derive(Debug, Clone, PartialEq)]
pub struct Gridline {
    pub percent: u8,
    pub y: f64,
    pub label: String,
}

/// A year along the x axis; `label` is `None` where labels would crowd.
#[derive(Debug, Clone, PartialEq)]
pub struct YearTick {
    pub x: f64,
    pub label: Option<String>,
}

/// A value drawn: where, for which year (an index of the labels) and what.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub at: Point,
    pub year: usize,
    pub percent: u8,
}

/// One series placed: its lines (each a run of two or more years in a row
/// with a value) and a mark for every value.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesGeometry {
    pub name: String,
    pub bold: bool,
    pub style: SeriesStyle,
    pub segments: Vec<Vec<Point>>,
    pub marks: Vec<Mark>,
}

/// The chart placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    pub plot: Plot,
    pub gridlines: Vec<Gridline>,
    pub years: Vec<YearTick>,
    pub series: Vec<SeriesGeometry>,
}

impl Geometry {
    /// The `viewBox` attribute: "0 0 560 260".
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", num(self.width), num(self.height))
    }
}

/// The marks joined into runs of years next to each other; a run of one
/// is no line (its mark shows it).
fn segments(marks: &[Mark]) -> Vec<Vec<Point>> {
    let mut runs: Vec<Vec<Point>> = Vec::new();
    let mut previous: Option<usize> = None;
    for mark in marks {
        match (previous, runs.last_mut()) {
            (Some(year), Some(run)) if year + 1 == mark.year => run.push(mark.at),
            _ => runs.push(vec![mark.at]),
        }
        previous = Some(mark.year);
    }
    runs.retain(|run| run.len() >= 2);
    runs
}

/// The indices of the years to label: every `step`-th so labels stay
/// `MIN_LABEL_GAP` apart, and the last one (in place of the one before it
/// when the two would crowd).
fn shown_labels(xs: &[f64]) -> Vec<usize> {
    let count = xs.len();
    if count < 2 {
        return (0..count).collect();
    }
    let spacing = xs[1] - xs[0];
    let step = ((MIN_LABEL_GAP / spacing).ceil() as usize).max(1);
    let mut shown: Vec<usize> = (0..count).step_by(step).collect();
    let last = count - 1;
    if let Some(&before) = shown.last() {
        if before != last {
            if (last - before) as f64 * spacing < MIN_LABEL_GAP && before != 0 {
                shown.pop();
            }
            shown.push(last);
        }
    }
    shown
}

/// A number for an SVG attribute: at most one decimal, no trailing ".0".
///
/// Written from whole tenths with integer formatting: formatting an `f64`
/// would bring the float printing code (about 5 KB of gzip) into the build.
pub fn num(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// A polyline's `points` attribute: "76,212 184,108.5".
pub fn points(run: &[Point]) -> String {
    run.iter()
        .map(|p| format!("{},{}", num(p.x), num(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A marker's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
    Plus,
}

impl Marker {
    /// The shapes areas take in turn (the bold main line has the circle).
    pub const FOR_AREAS: [Marker; 6] = [
        Marker::Square,
        Marker::Triangle,
        Marker::Diamond,
        Marker::TriangleDown,
        Marker::Plus,
        Marker::Circle,
    ];

    /// An SVG path (`d`) of the shape centred on `at`, about `2 × r` across
    /// (the shapes drawn to look of one size).
    pub fn path(self, at: Point, r: f64) -> String {
        let Point { x, y } = at;
        let p = |dx: f64, dy: f64| format!("{},{}", num(x + dx * r), num(y + dy * r));
        let polygon = |corners: &[(f64, f64)]| {
            let corners: Vec<String> = corners.iter().map(|&(dx, dy)| p(dx, dy)).collect();
            format!("M{}Z", corners.join("L"))
        };
        match self {
            Marker::Circle => format!(
                "M{}A{r},{r} 0 1 0 {}A{r},{r} 0 1 0 {}Z",
                p(-1.0, 0.0),
                p(1.0, 0.0),
                p(-1.0, 0.0),
                r = num(r),
            ),
            Marker::Square => polygon(&[(-0.9, -0.9), (0.9, -0.9), (0.9, 0.9), (-0.9, 0.9)]),
            Marker::Triangle => polygon(&[(0.0, -1.2), (1.15, 0.8), (-1.15, 0.8)]),
            Marker::TriangleDown => polygon(&[(0.0, 1.2), (1.15, -0.8), (-1.15, -0.8)]),
            Marker::Diamond => polygon(&[(0.0, -1.3), (1.3, 0.0), (0.0, 1.3), (-1.3, 0.0)]),
            Marker::Plus => {
                let (a, b) = (0.4, 1.2);
                polygon(&[
                    (-a, -b),
                    (a, -b),
                    (a, -a),
                    (b, -a),
                    (b, a),
                    (a, a),
                    (a, b),
                    (-a, b),
                    (-a, a),
                    (-b, a),
                    (-b, -a),
                    (-a, -a),
                ])
            }
        }
    }
}

/// The colour of the bold main line: the page's text colour.
pub const MAIN_COLOUR: &str = "#1b1f24";

/// The areas' colours, in turn: each at least 3:1 against the page's
/// background (white) and its panels (#f4f6f9), as lines and markers need
/// (WCAG 1.4.11); tested below.
pub const AREA_COLOURS: [&str; 8] = [
    "#0072b2", "#c84e00", "#00805f", "#8e44ad", "#b5317a", "#8b5a00", "#00798c", "#5d6d7e",
];

/// How a series is drawn: its colour and marker shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesStyle {
    pub colour: &'static str,
    pub marker: Marker,
}

/// The style of the series at `index`: the first (the main line) dark with
/// circles; the others take the area colours and shapes in turn, so no two
/// of the first 24 share both.
pub fn style_of(index: usize) -> SeriesStyle {
    match index.checked_sub(1) {
        None => SeriesStyle {
            colour: MAIN_COLOUR,
            marker: Marker::Circle,
        },
        Some(area) => SeriesStyle {
            colour: AREA_COLOURS[area % AREA_COLOURS.len()],
            marker: Marker::FOR_AREAS[area % Marker::FOR_AREAS.len()],
        },
    }
}

#[cfg(test)]
mod tests;
