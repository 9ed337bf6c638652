//! The district metrics a dataset has data for: the choices of the districts chart.

use super::Context;
use super::districts::DistrictMetric;
use crate::i18n::tr;

/// A metric the dataset has data for, with its name for pickers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricChoice {
    /// The metric.
    pub metric: DistrictMetric,
    /// Its name: the chart title.
    pub title: String,
}

/// The metrics the dataset has data for, in menu order.
pub(crate) fn available_metrics(ctx: &Context<'_>) -> Vec<MetricChoice> {
    let d = ctx.dataset;
    let cases = d.corruption.iter().flat_map(|c| &c.per_district);
    let services = d.services.iter().flat_map(|s| &s.per_district);
    let population = d.districts.iter().any(|x| x.population.is_some());
    let crimes = cases.clone().any(|r| r.crimes.is_some());
    DistrictMetric::ALL
        .into_iter()
        .filter(|m| match m {
            DistrictMetric::Centres
            | DistrictMetric::RentedCentres
            | DistrictMetric::RentedShare => !d.centres.is_empty(),
            DistrictMetric::Crimes => crimes,
            DistrictMetric::PersonsProsecuted => {
                cases.clone().any(|r| r.persons_prosecuted.is_some())
            }
            DistrictMetric::Managers => cases.clone().any(|r| r.managers.is_some()),
            DistrictMetric::Population => population,
            DistrictMetric::CrimesPer10k => crimes && population,
            DistrictMetric::ServicesDelivered => services.clone().any(|r| r.delivered.is_some()),
            DistrictMetric::ElectronicShare => {
                services.clone().any(|r| r.electronic_share_pct.is_some())
            }
        })
        .map(|metric| MetricChoice {
            metric,
            title: tr(ctx.lang, metric.label_key()),
        })
        .collect()
}
