package nl.schoolveilig.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "School")
@Table(name = "school")
class SchoolEntity {

    @Id
    private String id;
    @Column(name = "board_id")
    private String boardId;
    @Column(name = "community_id")
    private String communityId;
    private String name;
    private String brin;

    protected SchoolEntity() {
    }

    SchoolEntity(String id, String boardId, String communityId, String name, String brin) {
        this.id = id;
        this.boardId = boardId;
        this.communityId = communityId;
        this.name = name;
        this.brin = brin;
    }

    School toSchool() {
        return new School(id, name, brin, boardId, communityId);
    }

    String id() {
        return id;
    }

    String boardId() {
        return boardId;
    }
}
