package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A quote. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"speakerId", "text", "language", "form", "saidAt", "source"})
public class QuoteBean {
    private String speakerId;
    private TextBean text;
    private String language;
    private Form form;
    private String saidAt;
    private String source;

    public String getSpeakerId() {
        return speakerId;
    }

    public void setSpeakerId(String speakerId) {
        this.speakerId = speakerId;
    }

    public TextBean getText() {
        return text;
    }

    public void setText(TextBean text) {
        this.text = text;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Form getForm() {
        return form;
    }

    public void setForm(Form form) {
        this.form = form;
    }

    public String getSaidAt() {
        return saidAt;
    }

    public void setSaidAt(String saidAt) {
        this.saidAt = saidAt;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
