package nl.tafelwerk.assessment.analysis;

/** A member passed on an item, with a reason ("geen zicht op"). */
public record Skip(String memberId, String itemCode, String reason) {
}
