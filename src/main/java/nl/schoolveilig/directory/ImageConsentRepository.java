package nl.schoolveilig.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImageConsentRepository extends JpaRepository<ImageConsentEntry, Long> {

    @Query("select c from ImageConsentEntry c where c.schoolId = :schoolId and lower(c.pupilName) = lower(:pupilName) order by c.channel")
    List<ImageConsentEntry> findForPupil(@Param("schoolId") String schoolId, @Param("pupilName") String pupilName);
}
