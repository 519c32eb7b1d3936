package com.propcare.query.survey;

import com.propcare.query.survey.SurveyStatistics.CategoryRate;
import com.propcare.query.survey.SurveyStatistics.ParetoRow;
import com.propcare.query.survey.SurveyStatistics.Result;
import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.util.Map;

/** The report as a printable page for the owners' committee: no scripts, no external assets, all text escaped. */
final class SurveyReportHtml {

    private SurveyReportHtml() {
    }

    static String render(SurveyReport report) {
        Result s = report.statistics();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <title>业主意见调查报告 (Satisfaction survey report)</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}
                td,th{border:1px solid #999;padding:.3em .6em;text-align:right}th{background:#eee}
                td:first-child,th:first-child{text-align:left}</style></head><body>
                """);
        html.append("<h1>业主意见调查报告 (Satisfaction survey report) ").append(e(report.period())).append("</h1>");
        html.append("<p>").append(e(report.officeId())).append(" · ").append(e(report.campaignId()))
            .append(" · policy ").append(e(report.policyVersion())).append("</p>");
        html.append("<table><tr><th>发放 (distributed)</th><th>回收 (returned)</th><th>回收率 (return rate)</th>")
            .append("<th>原始满意率 (raw rate)</th><th>扣减 (penalty, points)</th><th>满意率 (final rate)</th></tr><tr>")
            .append(td(String.valueOf(s.distributed()))).append(td(String.valueOf(s.returned())))
            .append(td(pct(s.returnRatePercent()))).append(td(pct(s.rawRatePercent())))
            .append(td(s.penaltyPoints().toPlainString())).append(td(pct(s.finalRatePercent())))
            .append("</tr></table>");
        html.append("<h2>分项满意率 (per category)</h2><table><tr><th>项目 (category)</th><th>满意</th><th>基本满意</th>")
            .append("<th>不满意</th><th>弃权 (abstentions)</th><th>满意率 (rate)</th></tr>");
        for (CategoryRate rate : s.categories()) {
            html.append("<tr>").append(td(rate.category().name())).append(td(n(rate.counts().satisfied())))
                .append(td(n(rate.counts().basicallySatisfied()))).append(td(n(rate.counts().notSatisfied())))
                .append(td(n(rate.counts().abstentions()))).append(td(pct(rate.ratePercent()))).append("</tr>");
        }
        html.append("</table><h2>关键的少数 (Pareto)</h2><table><tr><th>项目 (category)</th><th>不满意</th>")
            .append("<th>占比 (share)</th><th>累计 (cumulative)</th><th>主要改进项 (main item)</th></tr>");
        for (ParetoRow row : s.pareto()) {
            html.append("<tr>").append(td(row.category().name())).append(td(n(row.notSatisfied())))
                .append(td(pct(row.sharePercent()))).append(td(pct(row.cumulativeSharePercent())))
                .append(td(row.mainItem() ? "✔" : "")).append("</tr>");
        }
        html.append("</table><h2>整改计划 (rectification plan)</h2><table><tr><th>项目</th><th>原因分析 (cause)</th>")
            .append("<th>措施 (measures)</th><th>责任人 (owner)</th><th>期限 (due)</th><th>状态 (status)</th></tr>");
        for (Map<String, Object> item : report.rectifications()) {
            html.append("<tr>").append(td(item.get("category"))).append(td(item.get("causeAnalysis")))
                .append(td(item.get("measures"))).append(td(item.get("owner"))).append(td(item.get("due")))
                .append(td(item.get("status"))).append("</tr>");
        }
        html.append("</table><h2>业主意见 (opinions)</h2><ul>");
        report.opinions().forEach(opinion -> html.append("<li>").append(e(opinion)).append("</li>"));
        return html.append("</ul></body></html>").toString();
    }

    private static String td(Object value) {
        return "<td>" + e(value == null ? "" : value.toString()) + "</td>";
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private static String pct(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + " %";
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
