package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An episode; the root of a document, whose {@code outreachFormat} is ignored. */
@JsonIgnoreProperties({"outreachFormat"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "number", "title", "description", "aired", "status", "platform", "url", "speakers",
    "quotes", "partnerIds", "eventIds"})
public class EpisodeBean {
    private String id;
    private int number;
    private TextBean title;
    private TextBean description;
    private String aired;
    private String status;
    private String platform;
    private String url;
    private List<SpeakerBean> speakers;
    private List<QuoteBean> quotes;
    private List<String> partnerIds;
    private List<String> eventIds;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public TextBean getTitle() {
        return title;
    }

    public void setTitle(TextBean title) {
        this.title = title;
    }

    public TextBean getDescription() {
        return description;
    }

    public void setDescription(TextBean description) {
        this.description = description;
    }

    public String getAired() {
        return aired;
    }

    public void setAired(String aired) {
        this.aired = aired;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<SpeakerBean> getSpeakers() {
        return speakers;
    }

    public void setSpeakers(List<SpeakerBean> speakers) {
        this.speakers = speakers;
    }

    public List<QuoteBean> getQuotes() {
        return quotes;
    }

    public void setQuotes(List<QuoteBean> quotes) {
        this.quotes = quotes;
    }

    public List<String> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<String> partnerIds) {
        this.partnerIds = partnerIds;
    }

    public List<String> getEventIds() {
        return eventIds;
    }

    public void setEventIds(List<String> eventIds) {
        this.eventIds = eventIds;
    }
}
