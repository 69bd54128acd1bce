//! The budgets the benchmark checks, printed as a table with PASS/FAIL and a closing
//! line `budgets: N passed, M failed`.

/// What was checked, its limit, what was measured, and whether it held.
#[derive(Debug, Default)]
pub struct Budgets(Vec<(String, String, String, bool)>);

impl Budgets {
    pub fn check(&mut self, what: &str, limit: String, measured: String, pass: bool) {
        self.0.push((what.to_string(), limit, measured, pass));
    }

    pub fn print(&self) {
        println!("| budget | limit | measured | result |");
        println!("| --- | --- | --- | --- |");
        for (what, limit, measured, pass) in &self.0 {
            let result = if *pass { "PASS" } else { "FAIL" };
            println!("| {what} | {limit} | {measured} | {result} |");
        }
        let passed = self.0.iter().filter(|b| b.3).count();
        println!();
        println!("budgets: {passed} passed, {} failed", self.0.len() - passed);
    }
}
