package nl.schoolveilig.incident;

public enum Platform {
    WHATSAPP, INSTAGRAM, TIKTOK, YOUTUBE, SNAPCHAT, X, FACEBOOK, LINKEDIN, SOCIAL_SCHOOLS, OTHER
}
