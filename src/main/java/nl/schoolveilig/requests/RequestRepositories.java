package nl.schoolveilig.requests;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRequestRepository extends JpaRepository<SchoolRequest, UUID> {

    Optional<SchoolRequest> findByReference(String reference);

    Optional<SchoolRequest> findBySubmissionKey(String submissionKey);

    List<SchoolRequest> findByAnonymisedAtIsNullAndStateIn(Collection<RequestState> states);

    List<SchoolRequest> findByReferenceIn(Collection<String> references);

    List<SchoolRequest> findByRequesterOrderBySubmittedAtDesc(String requester);

    List<SchoolRequest> findByTypeAndSchoolIdInOrderBySubmittedAtDesc(RequestType type, Collection<String> schoolIds);

    List<SchoolRequest> findByTypeAndGroupIdInOrderBySubmittedAtDesc(RequestType type, Collection<Long> groupIds);

    List<SchoolRequest> findByTypeAndNamedDeciderOrderBySubmittedAtDesc(RequestType type, String namedDecider);

    List<SchoolRequest> findByTypeAndRequesterInOrderBySubmittedAtDesc(RequestType type, Collection<String> requesters);
}

interface RequestHistoryRepository extends JpaRepository<RequestHistory, Long> {

    List<RequestHistory> findByRequestIdOrderByIdAsc(UUID requestId);
}
