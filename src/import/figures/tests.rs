use super::*;
use crate::report::{
    Approx, Bilingual, ChangeWord, Magnitude, Measure, MoneyUnit, Period, Quantity,
};

fn one(text: &str) -> Candidate {
    let found = candidates(text, 2023);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap()
}

fn none(text: &str) {
    let found = candidates(text, 2023);
    assert!(found.is_empty(), "{text}: {found:#?}");
}

fn count(measure: Measure) -> Quantity {
    Quantity::count(measure)
}

#[test]
fn a_count_with_its_measure_word() {
    let c = one("2023年共调解各类纠纷1300宗。");
    assert_eq!(c.value, 1300.0);
    assert_eq!(c.quantity, count(Measure::Zong));
    assert_eq!(c.quote, "2023年共调解各类纠纷1300宗");
    assert_eq!(c.label, "调解各类纠纷");
    assert_eq!(c.period, Period::Year { year: 2023 });
}

#[test]
fn the_longest_measure_word_wins() {
    assert_eq!(
        one("开展法治讲座700余场次。").quantity,
        count(Measure::Changci)
    );
    assert_eq!(one("出具意见24件次。").quantity, count(Measure::Jianci));
}

#[test]
fn qualifiers_before_and_after_the_number() {
    let about = one("共举办专题学习约200场。");
    assert_eq!((about.value, about.approx), (200.0, Some(Approx::About)));
    assert_eq!(about.label, "举办专题学习");
    assert_eq!(one("举办培训班10余期。").approx, Some(Approx::MoreThan));
    assert_eq!(one("受理投诉300多件。").approx, Some(Approx::Plus));
    assert_eq!(one("惠及群众近300人。").approx, Some(Approx::Nearly));
    assert_eq!(one("办理案件超过300宗。").approx, Some(Approx::Over));
    assert_eq!(one("最近3次会议均已召开。").approx, None);
}

#[test]
fn counts_in_ten_thousands_and_hundred_millions() {
    let c = one("全年受理诉求31.5万件。");
    assert_eq!(c.value, 31.5);
    assert_eq!(
        c.quantity,
        Quantity::Count {
            measure: Measure::Jian,
            scale: Some(Magnitude::Wan)
        }
    );
    let c = one("办理业务3万余件。");
    assert_eq!((c.value, c.approx), (3.0, Some(Approx::MoreThan)));
    assert_eq!(
        c.quantity,
        Quantity::Count {
            measure: Measure::Jian,
            scale: Some(Magnitude::Wan)
        }
    );
}

#[test]
fn percentages_money_and_percentage_points() {
    let c = one("调解成功率97.5%。");
    assert_eq!((c.value, c.quantity), (97.5, Quantity::Percent));
    assert_eq!(c.label, "调解成功率");
    let c = one("参考率为100%。");
    assert_eq!(c.label, "参考率");
    let c = one("协议涉及金额1.1亿元。");
    assert_eq!(
        (c.value, c.quantity),
        (
            1.1,
            Quantity::Amount {
                unit: MoneyUnit::Yi
            }
        )
    );
    let c = one("查处问题金额81659万元(包括管理不规范资金和违规资金)。");
    assert_eq!(
        c.quantity,
        Quantity::Amount {
            unit: MoneyUnit::Wan
        }
    );
    assert_eq!(c.quote, "查处问题金额81659万元");
    let c = one("挽回损失300余万元。");
    assert_eq!(c.approx, Some(Approx::MoreThan));
    none("满意度提高5个百分点。");
}

#[test]
fn ranks_in_chinese_numerals() {
    let c = one("惠阳区在2022年度法治惠州建设考评中排名第一,");
    assert_eq!((c.value, c.quantity), (1.0, Quantity::Rank));
    assert_eq!(c.period, Period::Year { year: 2022 });
    assert_eq!(c.quote, "惠阳区在2022年度法治惠州建设考评中排名第一");
    none("切实履行法治政府建设第一责任人职责。");
}

#[test]
fn year_on_year_changes() {
    let c = one("受理案件同比增长17.1%。");
    assert_eq!(c.value, 17.1);
    assert_eq!(
        c.quantity,
        Quantity::Change {
            word: ChangeWord::Grew
        }
    );
    assert_eq!(c.quote, "受理案件同比增长17.1%");
    assert_eq!(c.label, "受理案件");
    let c = one("行政复议申请同比下降3%。");
    assert_eq!(
        c.quantity,
        Quantity::Change {
            word: ChangeWord::Fell
        }
    );
}

#[test]
fn years_dates_and_document_numbers_are_not_statistics() {
    none("2023年7月28日,区政府召开会议。");
    none("印发《惠阳区2023年度双随机抽查工作计划》。");
    none("根据惠府〔2023〕5号文件。");
    none("制定惠阳区行政许可事项清单(2022年版)。");
}

#[test]
fn meeting_numbers_and_ordinals_are_not_statistics() {
    none("六届区委第46次常委会会议听取汇报。");
    none("六届52次区政府常务会议听取汇报。");
    none("召开第1次会议。");
    none("1.持续深化习近平法治思想学习宣传贯彻。");
    none("(1)加强学习。");
    none("2、加强监督。");
}

#[test]
fn lengths_of_time_word_counts_and_plan_periods_are_not_statistics() {
    none("企业开办时间压缩至1个工作日。");
    none("开展为期3个月的专项整治。");
    none("10个月前");
    none("全文共3210字");
    none("落实2021-2025年规划。");
    none("落实《规划(20212025年)》。");
    none("根据惠府〔2023〕6号文件。");
    none("区委第101次常委会会议、六届63次区政府常务会议听取汇报。");
}

#[test]
fn named_policies_are_not_statistics() {
    none("形成“1+6”学法体系。");
    none("落实“一规划两纲要”和“八五”普法规划。");
    none("坚持“两个确立”、做到“两个维护”。");
    none("某某娱乐J9官网");
}

#[test]
fn a_measure_word_before_its_noun_labels_by_the_noun() {
    let c = one("全区7344名国家工作人员参加学法考试,");
    assert_eq!(c.label, "国家工作人员");
    assert_eq!(c.quote, "全区7344名国家工作人员参加学法考试");
    let c = one("更新了134个村(社区)宣传栏关于法治思想内容,");
    assert_eq!(c.label, "村(社区)宣传栏");
}

#[test]
fn figures_in_one_clause_get_quotes_that_do_not_overlap() {
    let found = candidates("行政检查7397宗、行政许可74728宗、行政处罚9178宗。", 2023);
    let quotes: Vec<_> = found.iter().map(|c| c.quote.as_str()).collect();
    assert_eq!(
        quotes,
        ["行政检查7397宗", "行政许可74728宗", "行政处罚9178宗"]
    );
    let found = candidates("检查经营主体3514户,公示3514户。", 2023);
    assert_eq!(found[1].quote, "公示3514户");
}

#[test]
fn a_quote_repeated_in_the_paragraph_is_widened_until_unique() {
    let found = candidates("甲类,办结率100%;乙类,办结率100%。", 2023);
    let quotes: Vec<_> = found.iter().map(|c| c.quote.as_str()).collect();
    assert_eq!(quotes, ["甲类,办结率100%", "乙类,办结率100%"]);
}

#[test]
fn periods_from_the_words() {
    let c = one("“全市通办”累计受理业务917宗,");
    assert_eq!(
        c.period,
        Period::Cumulative {
            since: None,
            until: None
        }
    );
    let c = one("平台上线运用以来,截至2023年12月31日,共录入行政检查7397宗。");
    assert_eq!(
        c.period,
        Period::Cumulative {
            since: Some(Bilingual {
                zh: "平台上线运用以来".into(),
                en: String::new()
            }),
            until: Some("2023-12-31".into())
        }
    );
    let c = one("截止2023年12月31日,共受理申请412件。");
    assert_eq!(
        c.period,
        Period::Cumulative {
            since: None,
            until: Some("2023-12-31".into())
        }
    );
    assert_eq!(c.period_reason, "截止");
    let c = one("截止到2022年12月31日,共受理申请41件。");
    assert_eq!(
        c.period,
        Period::Cumulative {
            since: None,
            until: Some("2022-12-31".into())
        }
    );
    assert_eq!(
        one("截至2022年底,参与处理涉法事务130余件。").period,
        Period::Cumulative {
            since: None,
            until: Some("2022-12-31".into())
        }
    );
    let found = candidates("目前共认领监管事项634项,认领率为100%。", 2023);
    assert!(found
        .iter()
        .all(|c| c.period == Period::AsOf { date: None }));
    assert_eq!(
        one("全区共有权责清单事项6194项,").period,
        Period::AsOf { date: None }
    );
    let found = candidates("全区共有事项6194项,发布清单1842项。", 2023);
    assert_eq!(
        found[1].period,
        Period::NotStated {},
        "共有 is the other clause's"
    );
    assert_eq!(
        one("2022年度共办理案件12宗。").period,
        Period::Year { year: 2022 }
    );
    let found = candidates("制定清单(2022年版),发布清单1842项。", 2023);
    assert_eq!(
        found[0].period,
        Period::NotStated {},
        "an edition is no period"
    );
    assert_eq!(
        one("2023年11月,对全区9个镇街开展督察。").period,
        Period::Year { year: 2023 }
    );
    assert_eq!(
        one("全年共受理申请333宗。").period,
        Period::Year { year: 2023 }
    );
}

#[test]
fn a_figure_whose_sentence_names_no_time_is_not_given_the_reports_year() {
    let c = one("建立告知承诺制清单,明确取消390项证明材料。");
    assert_eq!(c.period, Period::NotStated {});
    assert_eq!(c.period_reason, "no words state its period");
    // An earlier sentence's year may govern it, but only a person can tell.
    let found = candidates(
        "2023年共完成审计项目26个。针对问题,提出审计建议82条。",
        2023,
    );
    assert_eq!(found[0].period, Period::Year { year: 2023 });
    assert_eq!(found[1].period, Period::NotStated {});
    assert!(
        found[1]
            .period_reason
            .contains("an earlier one names “2023年”"),
        "{}",
        found[1].period_reason
    );
}
