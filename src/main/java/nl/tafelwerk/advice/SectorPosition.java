package nl.tafelwerk.advice;

import java.time.Instant;

/** A participating sector's position on the advice: who set it when, and why (required unless it supports). */
public record SectorPosition(String sectorCode, String sectorName, Stance stance, String reason, String setBy,
                             String setByName, Instant setAt) {

    public static final int REASON_MAX = 4000;
}
