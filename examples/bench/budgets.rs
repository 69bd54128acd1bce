//! The budgets the benchmark checks, printed as a table with PASS/FAIL (or "not
//! measured", with the reason) and a closing line `budgets: N passed, M failed`.

/// What was checked, its limit, what was measured, and whether it held (`None`: not
/// measured in this run).
#[derive(Debug, Default)]
pub struct Budgets(Vec<(String, String, String, Option<bool>)>);

impl Budgets {
    pub fn check(&mut self, what: &str, limit: String, measured: String, pass: bool) {
        self.0.push((what.to_string(), limit, measured, Some(pass)));
    }

    /// A budget this run could not measure, and `why`.
    pub fn not_measured(&mut self, what: &str, limit: String, why: &str) {
        self.0.push((
            what.to_string(),
            limit,
            format!("not measured: {why}"),
            None,
        ));
    }

    pub fn print(&self) {
        println!("| budget | limit | measured | result |");
        println!("| --- | --- | --- | --- |");
        for (what, limit, measured, pass) in &self.0 {
            let result = match pass {
                Some(true) => "PASS",
                Some(false) => "FAIL",
                None => "—",
            };
            println!("| {what} | {limit} | {measured} | {result} |");
        }
        let passed = self.0.iter().filter(|b| b.3 == Some(true)).count();
        let failed = self.0.iter().filter(|b| b.3 == Some(false)).count();
        let unmeasured = self.0.len() - passed - failed;
        println!();
        if unmeasured == 0 {
            println!("budgets: {passed} passed, {failed} failed");
        } else {
            println!("budgets: {passed} passed, {failed} failed, {unmeasured} not measured");
        }
    }
}
